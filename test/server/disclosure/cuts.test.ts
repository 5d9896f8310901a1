// Demographic cuts (tenure, level, location): a report grouped by one of them beside the department view,
// the per-question counts, the CSV file, two reads over time and a department head's view. Each attack acts
// through the HTTP API as the reader would and checks that nothing below the minimum comes out: no group
// or remainder of fewer people, and no person's score as a difference of what is shown.

import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { createCampaignTally } from '../../../server/domain/analysis/campaign-tally';
import { discloseCut } from '../../../server/domain/anonymity/cut-disclosure';
import { defineCut, tallyCutsOf } from '../../../server/domain/campaigns/campaign-cuts';
import { as, createClock } from '../../fixtures/accounts';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import {
  answer,
  departmentIn,
  dimensions,
  estimateOf,
  member,
  model,
  person,
  questionnaire,
  readReport,
  same,
  submit,
  total,
  trueScores,
  ON_QUESTIONNAIRE,
  type Answers,
} from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

const MINUTE = 60_000;
const SCALES = dimensions.flatMap((d) => d.scales);
const FIGURES = [...dimensions.map((d) => d.id), ...SCALES];

/** A campaign on questionnaire 2 that asks people's level (and more), open, with its departments' links. */
async function cutCampaign(
  departments: Record<string, number>,
  cuts: object[] = [{ id: 'level' }],
  clock = createClock(),
): Promise<Setup> {
  t = await startTestApp(undefined, {}, { now: clock.now });
  const setup = await setUpCampaign(t, departments, { ...ON_QUESTIONNAIRE, open: false });
  const patched = await t.call('PATCH', `/api/campaigns/${setup.campaign.id}`, { cuts });
  expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  const opened = await t.call('POST', `/api/campaigns/${setup.campaign.id}/open`);
  expect(opened.status).toBe(200);
  return setup;
}

let seed = 5000;
/** Someone of `department` who says they are at `level` (or skips the question when null). */
async function respond(setup: Setup, department: string, level: string | null, extra: Answers = {}) {
  const answers = { ...person(++seed, { dontKnowRate: 0.05 }), ...extra };
  if (level !== null) answers['about.level'] = level;
  await answer(t, setup.tokenOf(department), answers);
  return answers;
}

async function close(setup: Setup) {
  const closed = await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`);
  expect(closed.status).toBe(200);
}

async function readCut(setup: Setup, cut = 'level', cookie = t.ownerCookie) {
  const reply = await t.call('GET', `/api/campaigns/${setup.campaign.id}/cuts/${cut}`, undefined, as(cookie));
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

const groupOf = (cut: any, value: string) => cut.groups.find((g: { value: string }) => g.value === value);

/** A figure's people and n·mean in a cut group's summary (empty when the group or figure is not shown). */
const cutEstimate = (group: any, figure: string) => estimateOf(group?.summary, figure);

/**
 * Every figure's people left over once the shown groups of the cut are taken from the organization, for
 * every subset of those groups: none must be between 1 and the minimum − 1.
 */
function smallRemainders(report: any, cut: any, minimum: number): string[] {
  const found: string[] = [];
  const shown = cut.groups.filter((g: any) => !g.hidden);
  const check = (name: string, organization: number, parts: number[]) => {
    for (let mask = 0; mask < 1 << parts.length; mask++) {
      const rest = organization - parts.reduce((s, n, i) => (mask & (1 << i) ? s + n : s), 0);
      if (rest > 0 && rest < minimum) found.push(`${name}: ${rest}`);
    }
    for (const n of parts) if (n > 0 && n < minimum) found.push(`${name}: group of ${n}`);
  };
  check(
    'people',
    cut.n,
    shown.map((g: any) => g.n),
  );
  for (const figure of FIGURES)
    check(
      figure,
      estimateOf(report.overall, figure).n,
      shown.map((g: any) => cutEstimate(g, figure).n),
    );
  return found;
}

describe('a report grouped by level', () => {
  it('an executive alone in a department is not found by taking the level view from the department view', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 });
    const alone = await respond(setup, 'Sales', 'executive');
    for (let i = 0; i < 9; i++) await respond(setup, 'Sales', 'staff');
    for (let i = 0; i < 5; i++) await respond(setup, 'Ops', 'executive');
    for (let i = 0; i < 5; i++) await respond(setup, 'Ops', 'staff');
    await close(setup);
    const report = await readReport(t, setup);
    const cut = await readCut(setup);
    // Six executives beside departments of ten: were one department five of them, the difference would
    // be the sixth. The group is hidden, figures and all.
    expect(groupOf(cut, 'executive')).toMatchObject({ hidden: true, n: null, summary: null });
    expect(groupOf(cut, 'manager')).toMatchObject({ hidden: true, n: null, summary: null });
    // Every aggregate a reader holds, per figure: the organization, each department, each level shown.
    const own = trueScores(alone);
    for (const figure of SCALES) {
      const aggregates = [
        estimateOf(report.overall, figure),
        ...report.departments.filter((d: any) => !d.hidden).map((d: any) => estimateOf(d.summary, figure)),
        ...cut.groups.filter((g: any) => !g.hidden).map((g: any) => cutEstimate(g, figure)),
      ];
      const score = own.scales[figure];
      // Any two aggregates one person apart, subtracted, would be that person: none gives the executive.
      for (const a of aggregates)
        for (const b of aggregates)
          if (a.n - b.n === 1 && typeof score === 'number')
            expect(same(total(a) - total(b), score)).toBe(false);
    }
    expect(smallRemainders(report, cut, 5)).toEqual([]);
    // The cut names no department: nothing in it crosses level with department.
    expect(JSON.stringify(cut)).not.toContain(setup.departmentId('Sales'));
  });

  it('two cuts read side by side give no small difference: all of one tenure band being executives, the executives less that band are not found', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 }, [{ id: 'tenure' }, { id: 'level' }]);
    // Five long-serving executives and one new one; the rest staff or managers, new.
    const who: [string, string, string][] = [
      ...Array.from({ length: 5 }, (_, i): [string, string, string] => [
        i < 3 ? 'Sales' : 'Ops',
        'executive',
        'over-10',
      ]),
      ['Sales', 'executive', 'under-1'],
      ...Array.from({ length: 30 }, (_, i): [string, string, string] => [
        i < 16 ? 'Sales' : 'Ops',
        'staff',
        'under-1',
      ]),
      ...Array.from({ length: 14 }, (_, i): [string, string, string] => [
        i < 5 ? 'Sales' : 'Ops',
        'manager',
        'under-1',
      ]),
    ];
    for (const [department, level, tenure] of who)
      await respond(setup, department, level, { 'about.tenure': tenure });
    await close(setup);
    const report = await readReport(t, setup);
    const level = await readCut(setup, 'level');
    const tenure = await readCut(setup, 'tenure');
    for (const figure of ['people', ...FIGURES]) {
      const n = (g: any) => (figure === 'people' ? g.n : cutEstimate(g, figure).n);
      const total = figure === 'people' ? level.n : estimateOf(report.overall, figure).n;
      const shown = (cut: any) => cut.groups.filter((g: any) => !g.hidden && n(g) > 0).map(n);
      for (const [mine, theirs] of [
        [shown(level), shown(tenure)],
        [shown(tenure), shown(level)],
      ] as number[][][])
        for (const a of mine!)
          for (const b of theirs!)
            for (const gap of [Math.abs(a - b), Math.abs(total - a - b)])
              expect(gap === 0 || gap >= 5, `${figure}: ${a} beside ${b} of ${total}`).toBe(true);
    }
    expect(groupOf(level, 'executive').hidden).toBe(true);
    expect(groupOf(tenure, 'over-10').hidden).toBe(true);
  });

  it('a level of one person is hidden, and the next smallest with it, so the organization minus the rest is not that one', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 });
    for (let i = 0; i < 10; i++) await respond(setup, 'Sales', i < 5 ? 'staff' : 'executive');
    for (let i = 0; i < 12; i++) await respond(setup, 'Ops', 'staff');
    await respond(setup, 'Ops', 'manager');
    for (let i = 0; i < 12; i++) await respond(setup, 'Ops', 'executive');
    await close(setup);
    const cut = await readCut(setup);
    expect(cut.n).toBe(35);
    // 35 − 17 − 17 would leave the manager: the first of the two equal groups is hidden to cover them.
    expect(cut.groups.map((g: any) => [g.value, g.hidden, g.n])).toEqual([
      ['staff', true, null],
      ['manager', true, null],
      ['executive', false, 17],
    ]);
    // Hidden groups keep their label, as the report keeps a hidden unit's name.
    expect(groupOf(cut, 'manager').label).toEqual({ en: 'Manager', 'zh-cn': '管理者' });
    expect(groupOf(cut, 'staff')).toMatchObject({ summary: null, answers: {} });
    expect(smallRemainders(await readReport(t, setup), cut, 5)).toEqual([]);
  });

  it('people who skipped the question are covered too: three of them hide a group to cover them', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 });
    for (let i = 0; i < 25; i++) await respond(setup, 'Sales', i < 10 ? 'staff' : i < 22 ? 'manager' : null);
    for (let i = 0; i < 5; i++) await respond(setup, 'Ops', 'manager');
    await close(setup);
    const report = await readReport(t, setup);
    const cut = await readCut(setup);
    expect(cut.n).toBe(30);
    // 30 − 10 − 17 would be the three who skipped: the smaller group is hidden to cover them.
    expect(cut.groups.map((g: any) => [g.value, g.hidden, g.n])).toEqual([
      ['staff', true, null],
      ['manager', false, 17],
      ['executive', true, null],
    ]);
    expect(smallRemainders(report, cut, 5)).toEqual([]);
  });

  it('the department view, the level view, the per-question counts and the CSV together leave no small group', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30, Legal: 10 });
    for (let i = 0; i < 10; i++) await respond(setup, 'Sales', i < 6 ? 'staff' : 'manager');
    for (let i = 0; i < 10; i++) await respond(setup, 'Ops', i < 4 ? 'manager' : 'executive');
    for (let i = 0; i < 3; i++) await respond(setup, 'Legal', 'executive');
    await close(setup);
    const report = await readReport(t, setup);
    // Legal has 3 answers: hidden in the department view, so its people are in no figure, the cut's included.
    expect(departmentIn(report, 'Legal').hidden).toBe(true);
    const cut = await readCut(setup);
    expect(cut.n).toBe(20);
    expect(cut.n).toBe(report.departments.reduce((s: number, d: any) => s + (d.hidden ? 0 : d.responses), 0));
    expect(smallRemainders(report, cut, 5)).toEqual([]);
    // Per question: each item's counts in the cut against the organization's.
    const questions = await t.call('GET', `/api/campaigns/${setup.campaign.id}/questions`);
    expect(questions.status).toBe(200);
    const all = questions.body.results.dimensions.flatMap((d: any) => d.questions);
    for (const q of all) {
      const counts = q.organization?.counts;
      if (!counts) continue;
      const people = counts.favourable + counts.neutral + counts.unfavourable + counts.dontKnow;
      const parts = cut.groups
        .filter((g: any) => g.answers[q.questionId])
        .map((g: any) =>
          Object.values(g.answers[q.questionId] as Record<string, number>).reduce((a, b) => a + b),
        );
      for (const n of parts) expect(n).toBeGreaterThanOrEqual(5);
      const rest = people - parts.reduce((a: number, b: number) => a + b, 0);
      expect(rest === 0 || rest >= 5, `${q.questionId}: ${rest} left`).toBe(true);
    }
    // The CSV holds what the JSON shows, and no more: the same groups hidden, the same people.
    const csv = await t.call('GET', `/api/campaigns/${setup.campaign.id}/cuts/level?format=csv&lang=en`);
    expect(csv.status).toBe(200);
    const rows = Papa.parse<string[]>(
      String(csv.body)
        .replace(/^\uFEFF/, '')
        .trim(),
    ).data;
    expect(rows[0]!.slice(0, 3)).toEqual(['Group', 'Status', 'People']);
    const lines = rows.slice(1);
    expect(lines.map((l) => l[0])).toEqual(['Staff', 'Manager', 'Executive']);
    cut.groups.forEach((g: any, i: number) => {
      expect(lines[i]![2]).toBe(g.n === null ? '' : String(g.n));
      if (g.hidden) expect(lines[i]!.slice(3).every((cell) => cell === '')).toBe(true);
    });
    const chinese = await t.call('GET', `/api/campaigns/${setup.campaign.id}/cuts/level?format=csv&lang=zh`);
    expect(String(chinese.body)).toContain('普通员工');
  });
});

describe('when a cut is shown', () => {
  it('shows nothing while the campaign is open, so two reads never differ by fewer than the minimum', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 });
    for (let i = 0; i < 10; i++) await respond(setup, 'Sales', 'staff');
    for (let i = 0; i < 5; i++) await respond(setup, 'Ops', 'manager');
    const before = await readCut(setup);
    expect(before).toMatchObject({ shown: false, reason: 'not-closed', groups: [] });
    await respond(setup, 'Ops', 'executive');
    const after = await readCut(setup);
    expect(after).toMatchObject({ shown: false, reason: 'not-closed', groups: [] });
    const csv = await t.call('GET', `/api/campaigns/${setup.campaign.id}/cuts/level?format=csv`);
    expect(csv.status).toBe(409);
    expect(csv.body.code).toBe('cut.not-shown');
    await close(setup);
    const closed = await readCut(setup);
    expect(closed.shown).toBe(true);
    // The lone executive, who answered between the two reads, is hidden with the group covering them.
    expect(groupOf(closed, 'executive').hidden).toBe(true);
    expect(smallRemainders(await readReport(t, setup), closed, 5)).toEqual([]);
  });

  it('shows nothing for an open campaign whose closing time has passed: the time could still be moved later', async () => {
    const clock = createClock();
    const setup = await cutCampaign({ Sales: 30, Ops: 30 }, [{ id: 'level' }], clock);
    const closesAt = new Date(clock.now() + 60 * MINUTE).toISOString();
    const set = await t.call('PATCH', `/api/campaigns/${setup.campaign.id}`, { closesAt });
    expect(set.status).toBe(200);
    for (let i = 0; i < 10; i++) await respond(setup, 'Sales', 'staff');
    for (let i = 0; i < 10; i++) await respond(setup, 'Ops', 'manager');
    clock.advance(2 * 60 * MINUTE);
    const campaign = await t.call('GET', `/api/campaigns/${setup.campaign.id}`);
    expect(campaign.body.phase).toBe('closed');
    expect(await readCut(setup)).toMatchObject({ shown: false, reason: 'not-closed', groups: [] });
  });

  it('never shows a department head a cut, even where their report shows the organization', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30, HR: 30 });
    for (const d of ['Sales', 'Ops', 'HR'])
      for (let i = 0; i < 6; i++) await respond(setup, d, i < 3 ? 'staff' : 'manager');
    await close(setup);
    const head = await member(t, setup, 'department-head', ['Sales']);
    expect((await readReport(t, setup, head.cookie)).view.organizationShown).toBe(true);
    const cut = await readCut(setup, 'level', head.cookie);
    expect(cut).toEqual({
      campaignId: setup.campaign.id,
      cut: 'level',
      title: { en: 'Which best describes your role?', 'zh-cn': '以下哪一项最符合您的岗位？' },
      minGroupSize: 5,
      shown: false,
      reason: 'organization-withheld',
      n: null,
      groups: [],
    });
    const csv = await t.call(
      'GET',
      `/api/campaigns/${setup.campaign.id}/cuts/level?format=csv`,
      undefined,
      as(head.cookie),
    );
    expect(csv.status).toBe(409);
    const consultant = await member(t, setup, 'consultant');
    expect((await readCut(setup, 'level', consultant.cookie)).shown).toBe(true);
  });

  it('answers 404 for a cut the campaign did not choose or that does not exist', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 });
    const list = await t.call('GET', `/api/campaigns/${setup.campaign.id}/cuts`);
    expect(list.body.cuts.map((c: { id: string }) => c.id)).toEqual(['level']);
    for (const cut of ['tenure', 'location', 'age']) {
      const reply = await t.call('GET', `/api/campaigns/${setup.campaign.id}/cuts/${cut}`);
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('cut.unknown');
    }
  });
});

describe('answers about people', () => {
  it('the responses export holds no answer about people', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 }, [
      { id: 'tenure' },
      { id: 'level' },
      { id: 'location', locations: ['Harbour', 'Hill'] },
    ]);
    for (let i = 0; i < 10; i++)
      await respond(setup, i % 2 ? 'Sales' : 'Ops', 'executive', {
        'about.tenure': 'over-10',
        'about.location': 'location-2',
      });
    await close(setup);
    const exported = await t.call('GET', `/api/campaigns/${setup.campaign.id}/export/responses`);
    expect(exported.status).toBe(200);
    const text = String(exported.body);
    for (const word of ['about', 'executive', 'over-10', 'location-2', 'hill'])
      expect(text.toLowerCase()).not.toContain(word);
    const codebook = await t.call('GET', `/api/campaigns/${setup.campaign.id}/export/codebook`);
    expect(JSON.stringify(codebook.body)).not.toContain('about.');
    // The answers were stored all the same: the cuts count them.
    expect(groupOf(await readCut(setup, 'location'), 'location-2')).toMatchObject({ hidden: false, n: 10 });
    expect(groupOf(await readCut(setup, 'tenure'), 'over-10')).toMatchObject({ hidden: false, n: 10 });
  });

  it('writes location names into the CSV so that no spreadsheet runs them as formulas', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 }, [
      { id: 'location', locations: ['=HYPERLINK("http://x.example","y")', '@SUM(1)'] },
    ]);
    for (let i = 0; i < 10; i++)
      await respond(setup, i < 5 ? 'Sales' : 'Ops', null, { 'about.location': `location-${(i % 2) + 1}` });
    await close(setup);
    const csv = await t.call('GET', `/api/campaigns/${setup.campaign.id}/cuts/location?format=csv&lang=en`);
    expect(csv.status).toBe(200);
    const cells = Papa.parse<string[]>(
      String(csv.body)
        .replace(/^\uFEFF/, '')
        .trim(),
    ).data.map((r) => r[0]);
    expect(cells.slice(1)).toEqual([`'=HYPERLINK("http://x.example","y")`, `'@SUM(1)`]);
    // The file can be forwarded: its download is recorded, as the other exports are; a refused one is not.
    const audit = await t.storage.audit.list();
    expect(audit.filter((e) => e.action === 'campaign.export.cut').map((e) => e.target)).toEqual([
      setup.campaign.id,
    ]);
  });

  it('refuses an answer the cut does not offer, or to a cut the campaign did not choose, and stores nothing', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 });
    const base = person(1);
    for (const [extra, field, code] of [
      [{ 'about.level': 'ceo' }, 'answers.about.level', 'answer.not-a-choice'],
      [{ 'about.tenure': '1-3' }, 'answers.about.tenure', 'answer.unknown-question'],
      [{ 'about.level': ['staff'] }, 'answers.about.level', 'answer.not-a-choice'],
    ] as const) {
      const reply = await submit(t, setup.tokenOf('Sales'), { ...base, ...extra });
      expect(reply.status).toBe(422);
      expect(reply.body.errors).toEqual([expect.objectContaining({ field, code })]);
    }
    const progress = await t.call('GET', `/api/campaigns/${setup.campaign.id}`);
    expect(progress.body.progress.responses ?? progress.body.progress.total?.responses ?? 0).toBe(0);
  });

  it('serves the optional page after the questionnaire, in both languages, and only where cuts were chosen', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 }, [{ id: 'level' }]);
    const served = await t.call('GET', `/api/survey/${setup.tokenOf('Sales')}`, undefined, { cookie: '' });
    const pages = served.body.questionnaire.pages;
    expect(pages.length).toBe((questionnaire.json.pages as unknown[]).length + 1);
    const page = pages.at(-1);
    expect(page.title).toEqual({ default: 'About you (optional)', 'zh-cn': '关于您（选答）' });
    expect(page.elements.map((e: any) => [e.name, e.isRequired, e.scale])).toEqual([
      ['about.level', undefined, undefined],
    ]);
  });

  it('a campaign without cuts refuses answers about people', async () => {
    t = await startTestApp();
    const setup = await setUpCampaign(t, { Sales: 30 }, ON_QUESTIONNAIRE);
    const served = await t.call('GET', `/api/survey/${setup.tokenOf('Sales')}`, undefined, { cookie: '' });
    expect(served.body.questionnaire.pages.length).toBe((questionnaire.json.pages as unknown[]).length);
    const reply = await submit(t, setup.tokenOf('Sales'), { ...person(2), 'about.level': 'staff' });
    expect(reply.status).toBe(422);
  });

  it('cuts are fixed at opening and carried to the next wave', async () => {
    const setup = await cutCampaign({ Sales: 30, Ops: 30 }, [{ id: 'location', locations: ['A', 'B'] }]);
    const locked = await t.call('PATCH', `/api/campaigns/${setup.campaign.id}`, { cuts: [] });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('campaign.settings-locked');
    const next = await t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, { name: 'Q2' });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    const made = next.body.campaign ?? next.body;
    expect(made.cuts).toEqual([{ id: 'location', locations: ['A', 'B'] }]);
  });
});

describe('over random campaigns', () => {
  const LEVELS = ['staff', 'manager', 'executive'];

  it('every figure of every cut leaves the organization minus any shown groups at none or at least the minimum', () => {
    const cuts = [{ id: 'level' as const }];
    const definition = defineCut(cuts[0]!);
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 6 }),
        fc.array(
          fc.record({
            unit: fc.integer({ min: 0, max: 3 }),
            level: fc.integer({ min: 0, max: 3 }),
            seed: fc.integer({ min: 1, max: 1_000_000 }),
            dontKnow: fc.constantFrom(0, 0.1, 0.4),
          }),
          { maxLength: 45 },
        ),
        (minimum, people) => {
          const tally = createCampaignTally({
            questionnaire,
            model,
            minGroupSize: minimum,
            commentMinimum: minimum,
            cuts: tallyCutsOf({ cuts }),
          });
          people.forEach((p, i) => {
            const answers = person(p.seed, { dontKnowRate: p.dontKnow }) as Record<string, never>;
            if (p.level < 3) (answers as Answers)['about.level'] = LEVELS[p.level];
            tally.add({
              id: `r${i}`,
              campaignId: 'c',
              departmentId: `u${p.unit}`,
              language: 'en',
              submittedOn: '2026-12-01',
              answers,
            });
          });
          const figures = tally.figures();
          const disclosure = discloseCut({
            model,
            status: 'closed',
            readerSeesOrganization: true,
            minimum,
            overall: figures.overall,
            answers: figures.answers,
            groups: definition.values.map((v) => ({
              value: v.value,
              cell: figures.cuts.get('level')?.get(v.value),
            })),
            units: [...figures.units].map(([u, summary]) => ({
              summary,
              totals: figures.unitTotals.get(u)!,
            })),
          });
          if (!disclosure.shown) throw new Error('a closed campaign read by the organization shows its cut');
          const report = { overall: figures.overall };
          const cut = { n: disclosure.n, groups: disclosure.groups };
          expect(smallRemainders(report, cut, minimum)).toEqual([]);
          // And per item.
          for (const [id, counts] of figures.answers) {
            const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
            const parts = disclosure.groups.filter((g) => g.answers[id]).map((g) => sum(g.answers[id]!));
            for (let mask = 0; mask < 1 << parts.length; mask++) {
              const rest = sum(counts) - parts.reduce((s, n, i) => (mask & (1 << i) ? s + n : s), 0);
              expect(rest === 0 || rest >= minimum).toBe(true);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
