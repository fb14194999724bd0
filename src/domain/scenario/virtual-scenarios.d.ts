// Served by vite-plugins/scenarios.ts: the validated scenarios/*.yaml as plain data.
declare module 'virtual:scenarios' {
  /** The scenarios in English: the one source of structure. */
  export const scenarios: import('./schema.ts').Scenario[];
  /** Their words in other languages (scenarios/<id>.<lang>.yaml), by scenario id and language. */
  export const translations: import('./translation.ts').ScenarioTranslations;
  export default scenarios;
}
