// Served by vite-plugins/scenarios.ts: the validated scenarios/*.yaml as plain data.
declare module 'virtual:scenarios' {
  export const scenarios: import('./schema.ts').Scenario[];
  export default scenarios;
}
