// How long a questionnaire takes to answer, estimated from what a respondent must read and choose, in each
// language: the figure the survey's introduction and the invitation state (MODEL.md section 2.8).
//
// Reading speeds are the standardised silent-reading norms of the IReST study (Trauzettel-Klosinski & Dietz
// 2012): 228 words a minute in English, 255 characters a minute in Chinese. Each choice question then takes
// a moment to decide; a five-point scale is read in full once per page, after which its labels are known.
// The optional free-text questions count only their reading: many respondents skip them.

import type { Language } from './barrier-model';

const WORDS_PER_MINUTE_EN = 228;
const CHARACTERS_PER_MINUTE_ZH = 255;
/** Seconds to settle on an answer once a choice question is read. */
const SECONDS_TO_CHOOSE = 4;
/** Seconds to move on to the next page and take in its title. */
const SECONDS_PER_PAGE = 3;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function textIn(value: unknown, language: Language): string {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return '';
  const text = language === 'en' ? value.default : (value[language] ?? value.default);
  return typeof text === 'string' ? text : '';
}

/** Seconds to read a text silently: words in English, Han characters (and words among them) in Chinese. */
export function readingSeconds(text: string, language: Language): number {
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\{[^}]*\}/g, '5');
  if (language === 'en') {
    const words = plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    return (60 * words) / WORDS_PER_MINUTE_EN;
  }
  const han = (plain.match(/\p{Script=Han}/gu) ?? []).length;
  // Latin words and numbers in Chinese text ("OKR", "15%") read about as fast as one character each.
  const latin = (plain.match(/[A-Za-z0-9%]+/g) ?? []).length;
  return (60 * (han + latin)) / CHARACTERS_PER_MINUTE_ZH;
}

function elementsOf(container: Json): Json[] {
  const elements = Array.isArray(container.elements) ? container.elements.filter(isObject) : [];
  return elements.flatMap((el) => (el.type === 'panel' ? elementsOf(el) : [el]));
}

const choiceLabels = (el: Json, language: Language) =>
  (Array.isArray(el.choices) ? el.choices : []).map((c) => textIn(isObject(c) ? c.text : c, language));

/** Estimated seconds to answer the whole questionnaire in one language. */
export function completionSeconds(json: Json, language: Language): number {
  const read = (v: unknown) => readingSeconds(textIn(v, language), language);
  let seconds = read(json.title) + read(json.description);
  for (const page of Array.isArray(json.pages) ? json.pages.filter(isObject) : []) {
    seconds += SECONDS_PER_PAGE + read(page.title) + read(page.description);
    const scalesRead = new Set<string>();
    for (const el of elementsOf(page)) {
      if (el.type === 'html') {
        seconds += read(el.html);
        continue;
      }
      seconds += read(el.title) + read(el.description);
      if (el.type === 'comment' || el.type === 'text') continue;
      const labels = choiceLabels(el, language);
      // The same labels met again on one page (an agreement scale) are recognised, not read again.
      const key = labels.join('|');
      if (!scalesRead.has(key)) {
        seconds += readingSeconds(labels.join(' '), language);
        if (el.role === 'likert' || el.role === 'outcome') scalesRead.add(key);
      }
      seconds += SECONDS_TO_CHOOSE;
    }
  }
  return seconds;
}

/** Whole minutes, rounded up, in the slower of the languages asked: what the survey promises. */
export function completionMinutes(json: Json, languages: readonly Language[]): number {
  const slowest = Math.max(...languages.map((l) => completionSeconds(json, l)));
  return Math.ceil(slowest / 60);
}
