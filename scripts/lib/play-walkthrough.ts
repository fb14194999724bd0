import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { loadScenarioFile } from '../../src/domain/scenario/load.ts';
import type { Scenario } from '../../src/domain/scenario/schema.ts';

const turnsSchema = z.array(z.union([z.strictObject({ say: z.string() }), z.strictObject({ choose: z.string().min(1) }), z.strictObject({ silent: z.literal(true) })]));
export type WalkTurn = z.infer<typeof turnsSchema>[number];

/** A scenario file from scenarios/, or an error naming its problems. */
export function loadScenario(id: string): Scenario {
  const loaded = loadScenarioFile(`scenarios/${id}.yaml`);
  if (!loaded.scenario) throw new Error(`scenarios/${id}.yaml does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.scenario;
}

/** A walk-through file (tests/fixtures/walkthroughs/), validated. */
export function readWalkthrough(file: string): WalkTurn[] {
  return turnsSchema.parse(JSON.parse(readFileSync(`tests/fixtures/walkthroughs/${file}`, 'utf8')));
}

/**
 * Plays turns on the call screen in a browser the way a trainee would: clicks
 * the response button with the chosen text, types and sends words, or stays
 * silent; stops when the answer area is gone (the call ended).
 */
export async function playOnPage(page: Page, scenario: Scenario, turns: readonly WalkTurn[]): Promise<void> {
  const area = page.getByRole('region', { name: 'Your answer' });
  for (const turn of turns) {
    if ((await area.count()) === 0) return;
    if ('silent' in turn) await area.getByRole('button', { name: 'Stay silent' }).click();
    else if ('say' in turn) {
      await area.getByLabel('Or say it in your own words').fill(turn.say);
      await area.getByRole('button', { name: 'Send', exact: true }).click();
    } else {
      const texts = scenario.steps.flatMap((s) => s.responses.filter((r) => r.id === turn.choose).map((r) => r.text));
      let clicked = false;
      for (const text of texts) {
        const button = area.getByRole('button', { name: text, exact: true });
        if ((await button.count()) > 0) {
          await button.click();
          clicked = true;
          break;
        }
      }
      if (!clicked) throw new Error(`${scenario.id}: no button on screen for response "${turn.choose}"`);
    }
  }
}
