import { readFileSync } from 'node:fs';
import scenarios from 'virtual:scenarios';
import type { Scenario } from '../../../src/domain/scenario/schema.ts';

export type WalkTurn = { choose: string } | { say: string } | { silent: true };

/** A course scenario by id, as the app serves it. */
export function scenarioById(id: string): Scenario {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`scenario "${id}" is not in virtual:scenarios`);
  return s;
}

/** A scripted walk-through from tests/fixtures/walkthroughs/. */
export function walkthrough(file: string): WalkTurn[] {
  return JSON.parse(readFileSync(`tests/fixtures/walkthroughs/${file}`, 'utf8')) as WalkTurn[];
}

/** The text of a response on a step, as the trainee sees it on the button. */
export function responseText(scenario: Scenario, stepId: string, responseId: string): string {
  const step = scenario.steps.find((s) => s.id === stepId);
  const r = step?.responses.find((x) => x.id === responseId);
  if (!r) throw new Error(`${scenario.id}: no response ${stepId}/${responseId}`);
  return r.text;
}

