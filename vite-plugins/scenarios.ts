import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem, loadScenarioDir, scenarioSourceFiles } from '../src/domain/scenario/load.ts';
import type { ScenarioTranslations } from '../src/domain/scenario/translation.ts';

const PUBLIC_ID = 'virtual:scenarios';
const RESOLVED_ID = '\0virtual:scenarios';

/**
 * Serves `virtual:scenarios`: every scenarios/*.yaml parsed and validated at
 * build time and emitted as plain JSON, so the YAML parser never reaches the
 * browser and a broken scenario fails the build with file:line messages.
 * `scenarios` are the English scenarios (the structure); `translations` their
 * words in other languages by scenario id and language (`<id>.<lang>.yaml`).
 */
export function scenariosPlugin(options: { dir?: string } = {}): Plugin {
  let dir = resolve(options.dir ?? 'scenarios');
  return {
    name: 'hold-the-line:scenarios',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'scenarios');
    },
    resolveId(source) {
      return source === PUBLIC_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const file of scenarioSourceFiles(dir)) this.addWatchFile(file);
      const loaded = loadScenarioDir(dir);
      const errors = loaded.flatMap((l) => l.problems.filter((p) => p.severity === 'error'));
      if (errors.length > 0) this.error(`invalid scenario files:\n${errors.map(formatProblem).join('\n')}`);
      for (const l of loaded) for (const p of l.problems) this.warn(formatProblem(p));
      const scenarios = loaded.flatMap((l) => (l.scenario ? [l.scenario] : []));
      const translations: ScenarioTranslations = {};
      for (const l of loaded) if (l.scenario && Object.keys(l.translations).length > 0) translations[l.scenario.id] = l.translations;
      return `export const scenarios = ${JSON.stringify(scenarios)};\nexport const translations = ${JSON.stringify(translations)};\nexport default scenarios;\n`;
    },
    configureServer(server) {
      // New or edited scenario files reload the page with the fresh content.
      server.watcher.add(dir);
      const refresh = (file: string) => {
        if (!resolve(file).startsWith(dir) || !/\.ya?ml$/.test(file)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', refresh);
      server.watcher.on('change', refresh);
      server.watcher.on('unlink', refresh);
    },
  };
}
