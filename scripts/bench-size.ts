/**
 * Prints gzip sizes: the scorer bundled on its own (its share of the browser
 * bundle, with everything it imports) and every chunk of the app's build.
 *
 *   npm run bench:size
 */
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function bundle(entry: string): Promise<Rollup.OutputChunk[]> {
  const out = await build({
    logLevel: 'silent',
    configFile: false,
    build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'entry' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output.filter((c): c is Rollup.OutputChunk => c.type === 'chunk'));
}

const scorer = await bundle('src/domain/scoring/scorer.ts');
const scorerBytes = scorer.reduce((sum, c) => sum + c.code.length, 0);
const scorerGzip = scorer.reduce((sum, c) => sum + gzipSync(c.code).length, 0);
console.log(`scorer (src/domain/scoring/scorer.ts and its imports, minified): ${kb(scorerBytes)} raw, ${kb(scorerGzip)} gzip`);

const app = await build({ logLevel: 'silent', build: { write: false } });
const appOutputs = (Array.isArray(app) ? app : [app]) as Rollup.RollupOutput[];
let total = 0;
console.log('\napp build, per chunk (gzip):');
for (const out of appOutputs) {
  for (const item of out.output) {
    const code = item.type === 'chunk' ? item.code : item.source;
    const size = gzipSync(typeof code === 'string' ? code : Buffer.from(code)).length;
    total += size;
    console.log(`  ${item.fileName.padEnd(48)} ${kb(size)}`);
  }
}
console.log(`  total ${kb(total)}`);
