import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  // A fresh folder per run: two runs (or a run and `npm run build`) sharing `dist/` would serve each other's half-written files.
  const outDir = mkdtempSync(join(tmpdir(), 'hold-the-line-e2e-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromePath', chromePath);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
