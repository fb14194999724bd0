import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { scenariosPlugin } from './vite-plugins/scenarios.ts';

export default defineConfig({
  plugins: [react(), scenariosPlugin()],
  // Relative base so the built app also runs from a file share or an LMS package folder.
  base: './',
  build: { target: 'es2022', sourcemap: false },
});
