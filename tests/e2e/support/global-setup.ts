import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../scripts/lib/find-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

/** Builds the app once, serves the build on loopback, and hands the browser tests its address. */
export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  await build({ logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromePath', chromePath);
  return async () => {
    await server.close();
  };
}
