import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { scenariosPlugin } from './vite-plugins/scenarios.ts';

// One run, three projects: plain-TypeScript domain tests in Node, UI tests in
// jsdom, and browser end-to-end tests against the built app in Debian's Chromium.
export default defineConfig({
  plugins: [react(), scenariosPlugin()],
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['tests/domain/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/storage/**/*.test.ts', 'tests/i18n/**/*.test.ts'],
          // Not a speed check: the first score() in a file compiles every pattern, which on a busy 2-core CI box can pass 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/features/**/*.test.tsx', 'tests/app/**/*.test.tsx', 'tests/components/**/*.test.tsx', 'tests/i18n/**/*.test.tsx'],
          setupFiles: ['tests/support/setup-ui.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
