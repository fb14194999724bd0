import { useTranslation } from 'react-i18next';
import { translations } from 'virtual:scenarios';
import { scenarioIn } from '../../domain/scenario/translation.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import type { Lang } from '../../domain/scoring/types.ts';

/** The language a call is played in: the interface's ("es-MX" plays Spanish), English otherwise. */
export function callLanguage(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * The scenario in the language the interface shows now. The component
 * re-renders on every language switch (useTranslation), so a call in progress
 * changes words but keeps its step, transcript and mood.
 */
export function useScenarioInLanguage(scenario: Scenario): { lang: Lang; local: Scenario } {
  const { i18n } = useTranslation();
  const lang = callLanguage(i18n.resolvedLanguage ?? i18n.language);
  return { lang, local: scenarioIn(scenario, lang, translations) };
}
