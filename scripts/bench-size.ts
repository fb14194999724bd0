/**
 * Prints gzip sizes: the scorer's share of the browser bundle, split into the
 * English core and each lazily loaded language pack, then every chunk of the
 * app's build.
 *
 *   npm run bench:size
 *
 * How the scorer is measured: Vite (Rollup, minified, es2022) bundles two
 * entries together, `src/domain/scoring/scorer.ts` and
 * `src/domain/scoring/load-language.ts`, the way the app reaches them. The
 * English core is every chunk the scorer entry loads statically (its own code,
 * the English detectors, and any code it shares with a pack); a pack is the
 * chunk(s) only its dynamic `import()` brings in, i.e. what the browser
 * downloads when a trainee first works in that language. Each chunk is
 * gzipped on its own (zlib default level) and the sizes added up.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const SCORER = 'src/domain/scoring/scorer.ts';
const LOADER = 'src/domain/scoring/load-language.ts';

async function bundle(entries: Record<string, string>): Promise<Rollup.OutputChunk[]> {
  const out = await build({
    logLevel: 'silent',
    configFile: false,
    build: { write: false, minify: true, target: 'es2022', lib: { entry: entries, formats: ['es'] } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output.filter((c): c is Rollup.OutputChunk => c.type === 'chunk'));
}

const chunks = await bundle(existsSync(LOADER) ? { scorer: SCORER, 'load-language': LOADER } : { scorer: SCORER });
const byName = new Map(chunks.map((c) => [c.fileName, c]));

/** The chunk files reachable from `start` through static imports. */
function staticClosure(start: Rollup.OutputChunk): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of byName.get(name)?.imports ?? []) visit(dep);
  };
  visit(start.fileName);
  return seen;
}

const sizeOf = (names: Iterable<string>) => {
  let raw = 0;
  let gzip = 0;
  for (const name of names) {
    const code = byName.get(name)!.code;
    raw += code.length;
    gzip += gzipSync(code).length;
  }
  return { raw, gzip };
};

const scorerEntry = chunks.find((c) => c.isEntry && c.name === 'scorer')!;
const core = staticClosure(scorerEntry);
const coreSize = sizeOf(core);
console.log('scorer share of the browser bundle (minified, each chunk gzipped):');
console.log(`  English core (${SCORER} and its static imports): ${kb(coreSize.raw)} raw, ${kb(coreSize.gzip)} gzip   [target <= 60 KB gzip]`);

const loaderEntry = chunks.find((c) => c.isEntry && c.name === 'load-language');
if (loaderEntry) {
  for (const dynamic of loaderEntry.dynamicImports) {
    const pack = [...staticClosure(byName.get(dynamic)!)].filter((name) => !core.has(name));
    const size = sizeOf(pack);
    const from = byName.get(dynamic)!.facadeModuleId?.replace(`${process.cwd()}/`, '') ?? dynamic;
    console.log(`  language pack loaded on demand (${from}): ${kb(size.raw)} raw, ${kb(size.gzip)} gzip`);
  }
  const loaderOnly = [...staticClosure(loaderEntry)].filter((name) => !core.has(name));
  if (loaderOnly.length > 0) console.log(`  loader (${LOADER}, beyond the core): ${kb(sizeOf(loaderOnly).gzip)} gzip`);
} else {
  console.log('  no language packs yet (src/domain/scoring/load-language.ts not found)');
}

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
