// The optional demographic questions a campaign may add at draft time (tenure band, level, location), their
// wording, the answers each offers, the survey page that asks them, and the check of a respondent's answers
// to them. They are never scored: the questionnaire and its scoring lock are untouched, and the report shows
// them only through the cut disclosure rule (anonymity/cut-disclosure.ts).

import {
  CUT_IDS,
  MAX_LOCATION_LENGTH,
  MAX_LOCATIONS,
  MIN_LOCATIONS,
  type CutId,
} from '../../../shared/cut-limits';
import { localText, type LocalText } from '../../../shared/languages';
import type { TallyCut } from '../analysis/campaign-tally';
import { InvalidAnswerError, InvalidInputError, type FieldError } from '../errors';
import type { AnswerValue } from '../instrument/validate-answers';

export { CUT_IDS, type CutId };

/** A cut as a campaign stores it: tenure and level offer fixed answers, location the places listed. */
export type CampaignCut = { id: 'tenure' } | { id: 'level' } | { id: 'location'; locations: string[] };

/** One answer a cut offers: the value stored in a response, and how it reads. */
export interface CutValue {
  value: string;
  label: LocalText;
}

/** A cut as the survey asks it and the report groups by it. */
export interface CutDefinition {
  id: CutId;
  /** The key of its answer in a response's answers. */
  question: string;
  title: LocalText;
  values: CutValue[];
}

/** Every cut's answers sit under this prefix, apart from the questionnaire's own questions. */
export const ABOUT_PREFIX = 'about.';

const TENURE: CutValue[] = [
  { value: 'under-1', label: localText('Less than a year', '不到一年') },
  { value: '1-3', label: localText('1 to 3 years', '一到三年') },
  { value: '3-10', label: localText('3 to 10 years', '三到十年') },
  { value: 'over-10', label: localText('More than 10 years', '十年以上') },
];

const LEVEL: CutValue[] = [
  { value: 'staff', label: localText('Staff', '普通员工') },
  { value: 'manager', label: localText('Manager', '管理者') },
  { value: 'executive', label: localText('Executive', '高层管理者') },
];

const TITLES: Record<CutId, LocalText> = {
  tenure: localText('How long have you worked here?', '您在本单位工作了多长时间？'),
  level: localText('Which best describes your role?', '以下哪一项最符合您的岗位？'),
  location: localText('Where do you mainly work?', '您主要在哪个地点工作？'),
};

/** The value a listed location is stored under: its place in the list, so no name is kept in a response. */
const locationValue = (index: number) => `location-${index + 1}`;

/** The cut's definition for a campaign's choice of it. */
export function defineCut(cut: CampaignCut): CutDefinition {
  const values =
    cut.id === 'tenure'
      ? TENURE
      : cut.id === 'level'
        ? LEVEL
        : cut.locations.map((name, i) => ({ value: locationValue(i), label: localText(name, name) }));
  return { id: cut.id, question: ABOUT_PREFIX + cut.id, title: TITLES[cut.id], values };
}

/** The cuts a campaign chose, defined, in CUT_IDS order; none when it chose none. */
export const cutsOf = (campaign: { cuts?: readonly CampaignCut[] }): CutDefinition[] =>
  (campaign.cuts ?? []).map(defineCut);

/** What the campaign's tally groups its figures by: each chosen cut, its answer key and values. */
export const tallyCutsOf = (campaign: { cuts?: readonly CampaignCut[] }): TallyCut[] =>
  cutsOf(campaign).map((c) => ({ id: c.id, question: c.question, values: c.values.map((v) => v.value) }));

/** A cut's choice as a form sends it: the id, and for a location the names listed. */
export interface CutChoice {
  id: string;
  locations?: readonly string[];
}

/**
 * The cuts chosen, checked and put in CUT_IDS order: each at most once, and a location cut with 2 to 20
 * distinct names of at most 60 characters (trimmed). Throws InvalidInputError naming each field at fault.
 */
export function chooseCuts(choices: readonly CutChoice[]): CampaignCut[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  choices.forEach((choice, i) => {
    if (!(CUT_IDS as readonly string[]).includes(choice.id)) {
      errors.push({ field: `cuts.${i}.id`, message: 'is not a cut', code: 'cuts.unknown' });
    } else if (seen.has(choice.id)) {
      errors.push({ field: `cuts.${i}.id`, message: 'is chosen twice', code: 'cuts.repeated' });
    }
    seen.add(choice.id);
    if (choice.id !== 'location') return;
    const names = (choice.locations ?? []).map((n) => n.trim());
    if (names.length < MIN_LOCATIONS || names.length > MAX_LOCATIONS) {
      errors.push({
        field: `cuts.${i}.locations`,
        message: `must list ${MIN_LOCATIONS} to ${MAX_LOCATIONS} locations`,
        code: 'cuts.locations-count',
        params: { min: MIN_LOCATIONS, max: MAX_LOCATIONS },
      });
    }
    const keys = new Set<string>();
    names.forEach((name, j) => {
      const field = `cuts.${i}.locations.${j}`;
      if (name.length === 0) {
        errors.push({ field, message: 'must not be blank', code: 'cuts.location-blank' });
      } else if (name.length > MAX_LOCATION_LENGTH) {
        errors.push({
          field,
          message: `must be at most ${MAX_LOCATION_LENGTH} characters`,
          code: 'cuts.location-too-long',
          params: { max: MAX_LOCATION_LENGTH },
        });
      } else if (keys.has(name.toLowerCase())) {
        errors.push({ field, message: 'is listed twice', code: 'cuts.location-repeated' });
      }
      keys.add(name.toLowerCase());
    });
  });
  if (errors.length > 0) {
    throw new InvalidInputError(
      errors.map((e) => `${e.field} ${e.message}`).join('; '),
      { code: 'campaign.settings-invalid', params: {} },
      errors,
    );
  }
  return CUT_IDS.filter((id) => seen.has(id)).map((id): CampaignCut => {
    if (id !== 'location') return { id };
    const choice = choices.find((c) => c.id === 'location')!;
    return { id, locations: (choice.locations ?? []).map((n) => n.trim()) };
  });
}

/**
 * A respondent's answers split in two: those to the campaign's cuts, checked here (a value the cut does
 * not offer, or a cut the campaign did not choose, is refused as the questionnaire's own answers are), and
 * the rest, which validateAnswers checks against the questionnaire.
 */
export function splitCutAnswers(
  campaign: { cuts?: readonly CampaignCut[] },
  answers: unknown,
): { cuts: Record<string, AnswerValue>; rest: unknown } {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    return { cuts: {}, rest: answers };
  const byQuestion = new Map(cutsOf(campaign).map((c) => [c.question, c]));
  const cuts: Record<string, AnswerValue> = {};
  const rest: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(answers)) {
    if (!key.startsWith(ABOUT_PREFIX)) {
      // Kept as sent, "__proto__" included: validateAnswers names every key it does not know.
      Object.defineProperty(rest, key, { value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    const cut = byQuestion.get(key);
    if (!cut) {
      errors.push({
        field: `answers.${key}`,
        message: 'is not a question of this survey',
        code: 'answer.unknown-question',
      });
    } else if (typeof value === 'string' && cut.values.some((v) => v.value === value)) {
      cuts[key] = value;
    } else {
      const choices = cut.values.map((v) => JSON.stringify(v.value)).join(', ');
      errors.push({
        field: `answers.${key}`,
        message: `must be one of ${choices}`,
        code: 'answer.not-a-choice',
        params: { choices },
      });
    }
  }
  if (errors.length > 0) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new InvalidAnswerError(
      `Answer ${first.field} ${first.message}${more}.`,
      { code: 'response.answers-invalid', params: {} },
      errors,
    );
  }
  return { cuts, rest };
}

/** SurveyJS text in the questionnaire's own form: English as the default, Chinese beside it. */
const surveyText = (text: LocalText) => ({ default: text.en, 'zh-cn': text['zh-cn'] });

const PAGE_TITLE = localText('About you (optional)', '关于您（选答）');

/** What the page promises, in words a respondent reads before choosing to answer. */
const pageDescription = (minimum: number) =>
  localText(
    `These questions are optional and not part of your scores. Their answers are only ever shown for groups of at least ${minimum} people, once the survey has closed, and never combined with your department.`,
    `以下问题均为选答，不计入任何得分。这些回答只会在调查结束后、以不少于 ${minimum} 人的群体呈现，且从不与您所在的部门交叉呈现。`,
  );

/**
 * The survey page that asks the campaign's cuts, appended after the questionnaire's own pages when the
 * survey is served; null when it chose none. Every question is optional and carries no scoring property.
 */
export function cutsPage(campaign: { cuts?: readonly CampaignCut[]; minGroupSize: number }) {
  const cuts = cutsOf(campaign);
  if (cuts.length === 0) return null;
  return {
    name: 'about-you',
    title: surveyText(PAGE_TITLE),
    description: surveyText(pageDescription(campaign.minGroupSize)),
    elements: cuts.map((cut) => ({
      type: 'radiogroup',
      name: cut.question,
      title: surveyText(cut.title),
      choices: cut.values.map((v) => ({ value: v.value, text: surveyText(v.label) })),
    })),
  };
}

/** The questionnaire as served for the campaign: its own pages, then the cuts' page when it chose any. */
export function withCutsPage(
  json: Readonly<Record<string, unknown>>,
  campaign: { cuts?: readonly CampaignCut[]; minGroupSize: number },
): Readonly<Record<string, unknown>> {
  const page = cutsPage(campaign);
  if (page === null) return json;
  const pages = Array.isArray(json.pages) ? (json.pages as unknown[]) : [];
  return { ...json, pages: [...pages, page] };
}
