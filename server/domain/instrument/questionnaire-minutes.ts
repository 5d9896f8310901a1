// The answering time a questionnaire states, in each language: the survey's introduction ({surveyMinutes})
// and the invitation ({{minutes}}) give the figure of the language the person reads (completion-time.ts).

import { LANGUAGES, type Language } from './barrier-model';
import { completionMinutes } from './completion-time';
import type { Questionnaire } from './questionnaire';

const computed = new WeakMap<Questionnaire, Record<Language, number>>();

/** Whole minutes per language, worked out once per loaded questionnaire, not on every page load or email. */
export function questionnaireMinutes(questionnaire: Questionnaire): Record<Language, number> {
  let minutes = computed.get(questionnaire);
  if (!minutes) {
    const json = questionnaire.json as Record<string, unknown>;
    minutes = Object.fromEntries(LANGUAGES.map((l) => [l, completionMinutes(json, [l])])) as Record<
      Language,
      number
    >;
    computed.set(questionnaire, minutes);
  }
  return minutes;
}
