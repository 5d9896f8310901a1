// Shared by the disclosure-attack suite (issue 10, "Done means"): realistic respondents whose true scores
// the test knows, the public API as each role sees it, and the arithmetic an attacker would do on what it
// reads (n·mean differences, organization minus shown groups). Every attack acts only through the HTTP API.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { DONT_KNOW } from '../../../questionnaires/scoring-properties';
import { seededRandom, synthesizeAnswers } from '../../../server/demo/synthesize-responses';
import type { Role } from '../../../server/domain/access/account';
import { decidingScales, judgingModel } from '../../../server/domain/instrument/barrier-model';
import { parseQuestionnaire } from '../../../server/domain/instrument/questionnaire';
import { scoreResponse, type ResponseScore } from '../../../server/domain/instrument/scoring';
import { as, inviteAndAccept, type Member } from '../../fixtures/accounts';
import type { Setup, TestApp } from '../../fixtures/test-app';

/** Every attack here runs on a new campaign: questionnaire 2, judged by model 2. */
export const QUESTIONNAIRE_ID = 'readiness-okr-2';
export const ON_QUESTIONNAIRE = { questionnaireId: QUESTIONNAIRE_ID };
export const questionnaire = parseQuestionnaire(
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../../questionnaires/${QUESTIONNAIRE_ID}.json`), 'utf8'),
  ),
);
export const model = judgingModel('2', questionnaire.modelVersion)!;

export type Answers = Record<string, unknown>;

/** The items of a scale, e.g. `itemsOf('participation.breadth')`. */
export const itemsOf = (scaleId: string) =>
  questionnaire.questions.filter((q) => q.scale === scaleId).map((q) => q.id);

/** Every multi-scale dimension with its scales, as the model groups them. */
export const dimensions = model.dimensions.map((d) => ({
  id: d.id,
  scales: d.scales.map((s) => s.id),
  /** The scales its figure is built from: all but those only reported. */
  deciding: decidingScales(d).map((s) => s.id),
}));

const OBJECTIVES = [
  'Cut invoice errors from 4% to 1% by end of Q3',
  'Launch the supplier portal to 30 suppliers by June',
  'Improve things',
  'Reduce onboarding time from 10 to 5 days this quarter',
  'Be the best team',
  'Raise first-call resolution to 80% by September',
];

export interface PersonOptions {
  /** The person's own level on every scale (0–100); drawn when left out. */
  level?: number;
  /** Chance of "don't know" on any one item; realistic respondents say it now and then. */
  dontKnowRate?: number;
  /** Scales answered "don't know" throughout, so the person has no score on them. */
  skipScales?: readonly string[];
  comment?: string;
}

/**
 * A realistic respondent: synthesizeAnswers around a level of their own, with profile facts, a meaning of
 * "better" and a sample objective, all drawn from `seed`, so no two respondents answer alike.
 */
export function person(seed: number, options: PersonOptions = {}): Answers {
  const random = seededRandom(seed);
  const level = options.level ?? 25 + 55 * random();
  const levels: Record<string, number> = {};
  for (const d of dimensions) for (const s of d.scales) levels[s] = level + (random() - 0.5) * 30;
  const answers: Answers = synthesizeAnswers(
    questionnaire,
    { levels, defaultLevel: level, dontKnowRate: options.dontKnowRate ?? 0 },
    random,
  );
  for (const q of questionnaire.questions) {
    if ((q.role === 'profile' || q.role === 'success-meaning') && q.accepts.kind === 'choice') {
      const values = q.accepts.values.filter((v) => v !== DONT_KNOW);
      answers[q.id] = values[Math.floor(random() * values.length)];
    }
    if (q.role === 'sample-okr') answers[q.id] = OBJECTIVES[Math.floor(random() * OBJECTIVES.length)];
  }
  for (const scale of options.skipScales ?? []) for (const id of itemsOf(scale)) answers[id] = DONT_KNOW;
  if (options.comment !== undefined) answers.comment = options.comment;
  return answers;
}

/** What the test knows and the attacker wants: the person's true scale and dimension scores. */
export const trueScores = (answers: Answers): ResponseScore =>
  scoreResponse(questionnaire, model, answers as never);

export async function submit(t: TestApp, token: string, answers: Answers, departmentId?: string) {
  return t.call(
    'POST',
    `/api/survey/${encodeURIComponent(token)}/responses`,
    { answers, ...(departmentId ? { departmentId } : {}) },
    { cookie: '' },
  );
}

/** Submits and asserts the answer was stored. */
export async function answer(t: TestApp, token: string, answers: Answers, departmentId?: string) {
  const reply = await submit(t, token, answers, departmentId);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
}

let invited = 0;
/** Someone given `role` in the organization through the real invitation flow. */
export function member(t: TestApp, setup: Setup, role: Role, departments: string[] = []): Promise<Member> {
  return inviteAndAccept(t, setup.organization.id, {
    email: `${role}.${++invited}@example.com`,
    role,
    departmentIds: departments.map(setup.departmentId),
  });
}

async function read(t: TestApp, path: string, cookie: string) {
  const reply = await t.call('GET', path, undefined, as(cookie));
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

/** The report as the holder of `cookie` reads it. */
export const readReport = (t: TestApp, setup: Setup, cookie = t.ownerCookie) =>
  read(t, `/api/campaigns/${setup.campaign.id}/report`, cookie);

/** The campaign page (tracking included) as the holder of `cookie` reads it. */
export const readCampaign = (t: TestApp, setup: Setup, cookie = t.ownerCookie) =>
  read(t, `/api/campaigns/${setup.campaign.id}`, cookie);

/** A department's entry in a report, by name. */
export const departmentIn = (report: any, name: string) =>
  report.departments.find((d: { name: string }) => d.name === name);

/** A scale's or dimension's estimate ({ n, mean, sd, … }) in a group summary, or an empty one. */
export function estimateOf(summary: any, figure: string): { n: number; mean: number; sd: number } {
  const e = summary?.scales?.[figure]?.estimate ?? summary?.dimensions?.[figure];
  return e && e.n > 0 ? e : { n: 0, mean: 0, sd: 0 };
}

/** The sum of the values behind an estimate, n·mean: what subtraction attacks work with. */
export const total = (e: { n: number; mean: number }) => e.n * e.mean;

/** Two figures are "the same number" when they agree to the precision the report shows (9 decimals). */
export const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

const KEYS = ['id', 'scaleId', 'subject', 'dimension', 'departmentId', 'a', 'b'];

/** Visits every node of a JSON value by a path that names array entries by their ids, not positions. */
function walk(node: unknown, visit: (path: string, node: unknown) => void, path = ''): void {
  visit(path, node);
  if (Array.isArray(node)) {
    node.forEach((el, i) => {
      const key = el && typeof el === 'object' ? KEYS.filter((k) => k in el).map((k) => el[k]) : [];
      walk(el, visit, `${path}[${key.length ? key.join('/') : i}]`);
    });
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) walk(v, visit, `${path}.${k}`);
  }
}

/**
 * Every statistic in a report that says how many people are behind it (scale and dimension estimates,
 * favourability, reliability, drivers, goal audits). A group's own n (people with any answer released)
 * is a count, not a statistic.
 */
export function figures(report: unknown): Map<string, { n: number; value: unknown }> {
  const found = new Map<string, { n: number; value: unknown }>();
  walk(report, (path, node) => {
    const o = node as Record<string, unknown> | null;
    if (o && typeof o === 'object' && typeof o.n === 'number' && !('scales' in o))
      found.set(path, { n: o.n, value: o });
  });
  return found;
}

/** Every leaf (number, string, boolean, null) of a JSON value, by path. */
export function leaves(value: unknown): Map<string, unknown> {
  const found = new Map<string, unknown>();
  walk(value, (path, node) => {
    if (node === null || typeof node !== 'object') found.set(path, node);
  });
  return found;
}

/** Every number in a JSON value, by path. */
export const numbers = (value: unknown) =>
  new Map([...leaves(value)].filter((e): e is [string, number] => typeof e[1] === 'number'));

/** The paths at which two JSON values differ. */
export function changedPaths(before: unknown, after: unknown): string[] {
  const [a, b] = [leaves(before), leaves(after)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((p) => !Object.is(a.get(p), b.get(p)));
}

/**
 * The release rule's promise: between two reads, every figure either stays as it was or has at least the
 * minimum of people more (or fewer) behind it. Answers the figures that moved by fewer, with how.
 */
export function subBatchMoves(before: unknown, after: unknown, minimum: number): string[] {
  const a = figures(before);
  const b = figures(after);
  const moves: string[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const na = a.get(path)?.n ?? 0;
    const nb = b.get(path)?.n ?? 0;
    if (na !== nb && Math.abs(nb - na) < minimum) moves.push(`${path}: n ${na} → ${nb}`);
  }
  return moves;
}

/** The scale or dimension an estimate's path is about, e.g. `hygiene.pay` or `culture`. */
export function figureOf(path: string): string | null {
  return /\.scales\.(.+)\.estimate$/.exec(path)?.[1] ?? /\.dimensions\.([^.]+)$/.exec(path)?.[1] ?? null;
}

/**
 * Every single-person difference an attacker can take between two reads: for each scale or dimension
 * estimate whose n grew by exactly one, n·mean after minus n·mean before, which would be the newcomer's score.
 */
export function singleDifferences(before: unknown, after: unknown): { path: string; value: number }[] {
  const a = figures(before);
  const out: { path: string; value: number }[] = [];
  for (const [path, fb] of figures(after)) {
    const va = (a.get(path)?.value ?? { n: 0, mean: 0 }) as { n: number; mean: number | null };
    const vb = fb.value as { n: number; mean?: number | null };
    if (figureOf(path) === null || typeof vb.mean !== 'number' || vb.n - va.n !== 1) continue;
    out.push({ path, value: total(vb as { n: number; mean: number }) - va.n * (va.mean ?? 0) });
  }
  return out;
}

/**
 * Whether `value` is the person's true score on the figure at `path`: the scale's, or for a dimension its
 * own or that of one of its scales (a newcomer may enter a dimension with one scale released).
 */
export function isScoreOf(answers: Answers, path: string, value: number): boolean {
  const figure = figureOf(path);
  const s = trueScores(answers);
  const dimension = dimensions.find((d) => d.id === figure);
  const candidates = dimension
    ? [s.dimensions[dimension.id as keyof typeof s.dimensions], ...dimension.scales.map((id) => s.scales[id])]
    : [figure === null ? null : s.scales[figure]];
  return candidates.some((x) => typeof x === 'number' && same(x, value));
}

/**
 * The report without what counts everyone who answered, released or not: participation is shown as it is
 * (the tracking page shows it too) and the data-sufficiency gate reads it. When that gate's outcome
 * changes, the verdict and its advice may change with it, from figures already released.
 */
export function withoutParticipation(report: any, sufficiencyChanged: boolean) {
  const { comments, decision, recommendations, summary, ...rest } = report;
  const figures = { ...rest, responseRate: null, release: null, comments: comments.comments };
  // The summary follows the decision: its verdict and barriers move with it, and it says how many answered.
  if (sufficiencyChanged) return figures;
  const participation = new Set(
    decision.gates
      .find((g: { id: string }) => g.id === 'data-sufficiency')
      .checks.map((c: { id: string }) => c.id),
  );
  const figuresOnly = (checks: { id: string }[]) => checks.filter((c) => !participation.has(c.id));
  return {
    ...figures,
    summary: {
      ...summary,
      trust: null,
      toChange: figuresOnly(summary.toChange),
      barriers: figuresOnly(summary.barriers),
    },
    decision: {
      ...decision,
      gates: decision.gates.filter((g: { id: string }) => g.id !== 'data-sufficiency'),
    },
    recommendations: recommendations
      .filter((r: { id: string }) => r.id !== 'collect-more-responses')
      .map((r: any) => ({
        ...r,
        evidence: r.evidence.filter((e: any) => !e.label.en.startsWith('Response')),
      })),
  };
}

export const sufficiency = (report: any) =>
  report.decision.gates.find((g: { id: string }) => g.id === 'data-sufficiency').status;
