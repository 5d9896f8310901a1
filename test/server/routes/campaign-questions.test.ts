// Each scored item's answers per unit and for the organization, as JSON and as CSV: read from the report the
// reader is given, so a unit it hides has no figure, a department head sees their units only and the
// organization only where their report shows it. Counts are checked against a recount by hand of the
// released answers, and the CSV is read back with csv-parse, a parser other than the one that wrote it.

import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, inviteAndAccept } from '../../fixtures/accounts';
import { respondentAnswers } from '../../fixtures/answers';
import { expectProblem, setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const FORMULA = '=SUM(A1)';
type Counts = { favourable: number; neutral: number; unfavourable: number; dontKnow: number };

/** Respondent `n`'s answers, with "don't know" on the first pay item for every third respondent. */
const answersOf = (n: number) => ({ ...respondentAnswers(n), ...(n % 3 === 0 ? { pay_fair: 'dk' } : {}) });

/**
 * Sales: six respondents, of whom the first five are released (the sixth waits for a batch); the unit named
 * like a formula: five; Legal: three, hidden.
 */
async function answered() {
  const setup = await setUpCampaign(t, { Sales: 10, [FORMULA]: 10, Legal: 10 });
  const released = { sales: [] as Record<string, unknown>[], formula: [] as Record<string, unknown>[] };
  for (let n = 1; n <= 6; n++) {
    await submit(t, setup.tokenOf('Sales'), 1, answersOf(n));
    if (n <= 5) released.sales.push(answersOf(n));
  }
  for (let n = 11; n <= 15; n++) {
    await submit(t, setup.tokenOf(FORMULA), 1, answersOf(n));
    released.formula.push(answersOf(n));
  }
  for (let n = 21; n <= 23; n++) await submit(t, setup.tokenOf('Legal'), 1, answersOf(n));
  const ids = {
    sales: setup.departmentId('Sales'),
    formula: setup.departmentId(FORMULA),
    legal: setup.departmentId('Legal'),
  };
  const get = (query = '', cookie = t.ownerCookie) =>
    t.call('GET', `/api/campaigns/${setup.campaign.id}/questions${query}`, undefined, as(cookie));
  return { setup, ids, released, get };
}

const headOf = (organizationId: string, departmentIds: string[], email = 'head@example.com') =>
  inviteAndAccept(t, organizationId, { email, role: 'department-head', departmentIds });

const questions = (body: any): any[] => body.results.dimensions.flatMap((d: any) => d.questions);

/** The classes by hand: an agreement answer keyed (reverse items turned round), 4–5 favourable, 1–2 not. */
async function recount(responses: Record<string, unknown>[]): Promise<Map<string, Counts>> {
  const questionnaire = t.deps.questionnaires.get('readiness-okr')!;
  const result = new Map<string, Counts>();
  for (const q of questionnaire.questions) {
    if (q.scale === null || (q.role !== 'likert' && q.role !== 'knowledge')) continue;
    const c: Counts = { favourable: 0, neutral: 0, unfavourable: 0, dontKnow: 0 };
    for (const answers of responses) {
      const value = answers[q.id];
      if (value === undefined) continue;
      if (value === 'dk') c.dontKnow++;
      else if (q.role === 'knowledge') c[value === q.correctAnswer ? 'favourable' : 'unfavourable']++;
      else {
        const keyed = q.reverse ? 6 - (value as number) : (value as number);
        c[keyed >= 4 ? 'favourable' : keyed <= 2 ? 'unfavourable' : 'neutral']++;
      }
    }
    result.set(q.id, c);
  }
  return result;
}

describe('GET /api/campaigns/{id}/questions', () => {
  it("counts each unit's and the organization's released answers exactly as a recount does", async () => {
    const { ids, released, get } = await answered();
    const reply = await get();
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.groups).toEqual([
      { id: ids.sales, name: 'Sales', hidden: false },
      { id: ids.formula, name: FORMULA, hidden: false },
      { id: ids.legal, name: 'Legal', hidden: true },
    ]);
    const sales = await recount(released.sales);
    const formula = await recount(released.formula);
    const items = questions(reply.body);
    expect(items.length).toBe(sales.size);
    let dontKnows = 0;
    for (const item of items) {
      const [s, f, legal] = item.groups;
      expect(s.shares.counts, item.questionId).toEqual(sales.get(item.questionId));
      expect(f.shares.counts, item.questionId).toEqual(formula.get(item.questionId));
      expect(legal).toEqual({ groupId: ids.legal, shares: null });
      const both = sales.get(item.questionId)!;
      const other = formula.get(item.questionId)!;
      expect(item.organization.counts).toEqual({
        favourable: both.favourable + other.favourable,
        neutral: both.neutral + other.neutral,
        unfavourable: both.unfavourable + other.unfavourable,
        dontKnow: both.dontKnow + other.dontKnow,
      });
      expect(item.organization.n).toBe(10);
      dontKnows += item.organization.counts.dontKnow;
    }
    // Respondents 3, 6 (waiting), 12 and 15 said "don't know" to pay_fair; 6's answer is not released yet.
    expect(dontKnows).toBe(3);
    const payFair = items.find((q: any) => q.questionId === 'pay_fair');
    expect(payFair.title['zh-cn']).toBe('考虑到工作的要求，我拿到的报酬是公平的。');
    expect(payFair.groups[0].shares.shares.dontKnow).toBeCloseTo(1 / 5, 12);
    expect(reply.body.results.organizationShown).toBe(true);
    expect(reply.body.results.pullsDownFrom).toBe('organization');
  });

  it('names the three items with the lowest favourable share of views in each readiness dimension', async () => {
    const { get } = await answered();
    const { body } = await get();
    for (const dimension of body.results.dimensions) {
      if (dimension.role === 'routing') {
        expect(dimension.pullsDown).toBeNull();
        continue;
      }
      const views = dimension.questions
        .filter((q: any) => q.organization && q.organization.n > q.organization.counts.dontKnow)
        .map((q: any) => {
          const c = q.organization.counts;
          return c.favourable / (c.favourable + c.neutral + c.unfavourable);
        })
        .sort((a: number, b: number) => a - b);
      expect(dimension.pullsDown.length).toBe(Math.min(3, views.length));
      expect(dimension.pullsDown.map((p: any) => p.favourableShare)).toEqual(views.slice(0, 3));
    }
  });

  it('reads nothing into a stored record and records nothing for the JSON', async () => {
    const { get } = await answered();
    const before = (await t.storage.audit.list()).length;
    expect((await get()).status).toBe(200);
    expect(await t.storage.audit.list()).toHaveLength(before);
  });

  it('gives a department head their own units only, and no organization where their report withholds it', async () => {
    const { setup, ids, get } = await answered();
    const head = await headOf(setup.organization.id, [ids.sales]);
    const reply = await get('', head.cookie);
    expect(reply.status).toBe(200);
    expect(reply.body.groups).toEqual([{ id: ids.sales, name: 'Sales', hidden: false }]);
    expect(reply.body.results.organizationShown).toBe(false);
    expect(reply.body.results.pullsDownFrom).toBe('shown-groups');
    for (const item of questions(reply.body)) {
      expect(item.organization).toBeNull();
      expect(item.groups.map((g: any) => g.groupId)).toEqual([ids.sales]);
    }
    expect(JSON.stringify(reply.body)).not.toContain(FORMULA);
    expect(JSON.stringify(reply.body)).not.toContain(ids.formula);
  });

  it('gives a head of every shown unit the organization, since nothing of anyone else is left in it', async () => {
    const { setup, ids, get } = await answered();
    const head = await headOf(setup.organization.id, [ids.sales, ids.formula]);
    const reply = await get('', head.cookie);
    expect(reply.body.results.organizationShown).toBe(true);
    expect(questions(reply.body)[0].organization.n).toBe(10);
  });

  it.each([
    { query: '?format=xml', name: 'a format it does not write' },
    { query: '?format=csv&lang=fr', name: 'a language it does not write' },
    { query: '?lang=de', name: 'a language, even for JSON' },
  ])('refuses $name with 400', async ({ query }) => {
    const { get } = await answered();
    const reply = await get(query);
    expectProblem(reply, 400);
    expect(reply.body.code).toBe('request.malformed');
  });

  it('answers 409 while nothing can be shown, for the file too, and records no download', async () => {
    const setup = await setUpCampaign(t);
    await submit(t, setup.tokenOf('Sales'), 4);
    for (const query of ['', '?format=csv']) {
      const reply = await t.call('GET', `/api/campaigns/${setup.campaign.id}/questions${query}`);
      expectProblem(reply, 409);
      expect(reply.body.code).toBe('export.nothing-released');
      expect(reply.body.params).toEqual({ min: 5 });
    }
    expect(await t.storage.audit.list()).not.toContainEqual(
      expect.objectContaining({ action: 'campaign.export.questions' }),
    );
  });

  it('answers 404 for a campaign that does not exist, and 401 without a session', async () => {
    const { get } = await answered();
    expectProblem(await t.call('GET', '/api/campaigns/nope/questions'), 404);
    expectProblem(await get('', ''), 401);
  });
});

describe('GET /api/campaigns/{id}/questions?format=csv', () => {
  const read = (text: string): string[][] => parse(text, { bom: true });

  it('writes a row per item and group, the organization first, the hidden unit with no figure', async () => {
    const { get } = await answered();
    const reply = await get('?format=csv');
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/^text\/csv/);
    const [header, ...rows] = read(reply.body);
    expect(header).toEqual([
      'Dimension',
      'Scale',
      'Question id',
      'Question',
      'Reverse-worded',
      'Group',
      'Status',
      'Favourable %',
      'Neutral %',
      'Unfavourable %',
      "Don't know %",
      'Answered (n)',
    ]);
    const json = questions((await get()).body);
    expect(rows).toHaveLength(json.length * 4);
    const payFair = rows.filter((r) => r[2] === 'pay_fair');
    expect(payFair.map((r) => r[5])).toEqual(['Whole organization', 'Sales', `'${FORMULA}`, 'Legal']);
    expect(payFair[0]![3]).toBe('Considering what my job asks of me, I am paid fairly.');
    expect(payFair[1]!.slice(6)).toEqual([
      'shown',
      ...figuresOf(json.find((q: any) => q.questionId === 'pay_fair').groups[0].shares),
    ]);
    expect(payFair[3]!.slice(6)).toEqual(['hidden: fewer than 5 answers', '', '', '', '', '']);
    // No cell of the file would run as a formula in a spreadsheet.
    for (const row of [header!, ...rows]) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('writes the headings and the wording in Chinese when asked, and records each download', async () => {
    const { setup, get } = await answered();
    const reply = await get('?format=csv&lang=zh-cn');
    expect(reply.status).toBe(200);
    const [header, ...rows] = read(reply.body);
    expect(header![3]).toBe('题目');
    const payFair = rows.filter((r) => r[2] === 'pay_fair');
    expect(payFair[0]!.slice(3, 7)).toEqual([
      '考虑到工作的要求，我拿到的报酬是公平的。',
      '否',
      '整个组织',
      '显示',
    ]);
    expect(payFair[3]![6]).toBe('隐藏：回答少于 5 人');
    expect((await get('?format=csv&lang=zh')).status).toBe(200);
    const audit = await t.storage.audit.list();
    expect(audit.filter((e) => e.action === 'campaign.export.questions')).toHaveLength(2);
    expect(audit.at(-1)!.target).toBe(setup.campaign.id);
  });

  it("gives a department head their unit's rows only, without the organization's", async () => {
    const { setup, ids, get } = await answered();
    const head = await headOf(setup.organization.id, [ids.sales]);
    const reply = await get('?format=csv', head.cookie);
    expect(reply.status).toBe(200);
    const [, ...rows] = read(reply.body);
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['Sales']));
  });
});

/** The five figure cells the file holds for shares the JSON gives. */
function figuresOf(shares: any): string[] {
  const s = shares.shares;
  return [s.favourable, s.neutral, s.unfavourable, s.dontKnow]
    .map((x: number) => (x * 100).toFixed(1))
    .concat(`${shares.n}`);
}
