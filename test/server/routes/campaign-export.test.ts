// Downloading a campaign's data: the released answers the report's figures use, row by row in random
// order, with the units the report hides left out, nothing that dates or names a respondent, and a codebook.

import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom, synthesizeAnswers } from '../../../server/demo/synthesize-responses';
import { exportResponses } from '../../../server/http/export-responses';
import { loadCampaignById } from '../../../server/routes/campaign-context';
import { as, inviteAndAccept } from '../../fixtures/accounts';
import { makeResponse } from '../../fixtures/make-response';
import {
  expectProblem,
  setUpCampaign,
  startTestApp,
  type Setup,
  type TestApp,
} from '../../fixtures/test-app';
import { ON_POSTGRES } from '../../fixtures/test-storage';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const COMMENT = 'Our targets change every week';

/**
 * A campaign on questionnaire 2 with generated answers stored straight into its log: per department, how
 * many respond and at what level, with "don't know" and a profile answer and a comment in every response.
 */
async function generatedCampaign(sizes: Record<string, number>, seed = 1): Promise<Setup> {
  const setup = await setUpCampaign(t, Object.fromEntries(Object.keys(sizes).map((name) => [name, 40])), {
    questionnaireId: 'readiness-okr-2',
  });
  const questionnaire = t.deps.questionnaires.get('readiness-okr-2')!;
  const random = seededRandom(seed);
  // Interleaved, as answers arrive from several departments at once.
  const queue = Object.entries(sizes).flatMap(([name, count]) =>
    Array.from({ length: count }, (_, i) => ({ name, at: random() + i })),
  );
  queue.sort((a, b) => a.at - b.at);
  for (const { name } of queue) {
    const answers = synthesizeAnswers(
      questionnaire,
      {
        levels: {},
        defaultLevel: 30 + 40 * random(),
        dontKnowRate: 0.1,
        fixedAnswers: { profile_manages_people: 'yes', comment: COMMENT, success_meaning: 'speed' },
      },
      random,
    );
    await t.storage.responses.append(
      makeResponse({ campaignId: setup.campaign.id, departmentId: setup.departmentId(name), answers }),
    );
  }
  return setup;
}

/** Rows by column name. Reading as text drops the byte-order mark: the bytes are checked on their own. */
function parse(text: string) {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields!, rows: parsed.data };
}

const download = (campaignId: string, cookie?: string) =>
  t.call('GET', `/api/campaigns/${campaignId}/export/responses`, undefined, cookie ? as(cookie) : undefined);

describe('the responses file', () => {
  it('holds scale scores whose means are the report’s, overall and per department, from as many people', async () => {
    const { campaign } = await generatedCampaign({ Sales: 23, Operations: 12, Legal: 9 }, 7);
    const report = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body;
    const reply = await download(campaign.id);
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('text/csv; charset=utf-8');
    const { header, rows } = parse(reply.body);
    const check = (
      summary: { scales: Record<string, { estimate: { n: number; mean: number | null } }> },
      of: typeof rows,
    ) => {
      for (const [scale, { estimate }] of Object.entries(summary.scales)) {
        const column = `score_${scale.replace(/[^A-Za-z0-9]+/g, '_')}`;
        expect(header).toContain(column);
        const values = of
          .map((r) => r[column]!)
          .filter((v) => v !== '')
          .map(Number);
        expect(values.length, scale).toBe(estimate.n);
        if (estimate.mean === null) continue;
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        // Scores are written to four decimals: the mean is the report's to well within what it shows.
        expect(Math.abs(mean - estimate.mean), scale).toBeLessThan(1e-4);
        if (Math.abs((estimate.mean % 1) - 0.5) > 1e-3)
          expect(Math.round(mean)).toBe(Math.round(estimate.mean));
      }
    };
    check(report.overall, rows);
    for (const department of report.departments) {
      if (department.hidden) continue;
      check(
        department.summary,
        rows.filter((r) => r.unit === department.name),
      );
    }
    // Answers wait for whole batches: some responses are held back in part or whole, as in the report.
    expect(report.release.heldBack).toBeGreaterThan(0);
  });

  it('leaves out a department the report hides, and every answer of it', async () => {
    const { campaign } = await generatedCampaign({ Sales: 10, Legal: 4 });
    const report = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body;
    expect(report.departments.find((d: { name: string }) => d.name === 'Legal').hidden).toBe(true);
    const { rows } = parse((await download(campaign.id)).body);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(['Sales']));
  });

  it('holds no day of answering, no free text, no language and no profile answer', async () => {
    const { campaign } = await generatedCampaign({ Sales: 10 });
    const reply = await download(campaign.id);
    const { header } = parse(reply.body);
    expect(reply.body).not.toContain(COMMENT);
    expect(reply.body).not.toMatch(/2026-\d\d-\d\d/);
    for (const column of [
      'profile_manages_people',
      'profile_okr_training',
      'comment',
      'sample_okr',
      'depends_on',
    ]) {
      expect(header).not.toContain(column);
    }
    for (const column of ['id', 'submittedOn', 'day', 'date', 'language', 'departmentId']) {
      expect(header).not.toContain(column);
    }
    expect(header.slice(0, 2)).toEqual(['row', 'unit']);
  });

  it('starts with a byte-order mark, so Excel reads it as UTF-8', async () => {
    const { campaign } = await generatedCampaign({ Sales: 5 });
    for (const file of ['responses', 'codebook']) {
      const res = await t.app.request(`/api/campaigns/${campaign.id}/export/${file}`, {
        headers: { cookie: t.ownerCookie },
      });
      expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="${file}-`));
    }
  });

  it('numbers its rows 1, 2, 3… and ends every line as Excel does', async () => {
    const { campaign } = await generatedCampaign({ Sales: 10 });
    const reply = await download(campaign.id);
    const { rows } = parse(reply.body);
    expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => String(i + 1)));
    expect(reply.body.endsWith('\r\n')).toBe(true);
    expect(reply.body.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('writes a department name a spreadsheet would run as a formula as text', async () => {
    const setup = await setUpCampaign(
      t,
      { '=HYPERLINK("http://x")': 10 },
      { questionnaireId: 'readiness-okr-2' },
    );
    const questionnaire = t.deps.questionnaires.get('readiness-okr-2')!;
    const random = seededRandom(3);
    for (let i = 0; i < 5; i++) {
      const answers = synthesizeAnswers(questionnaire, { levels: {}, defaultLevel: 60 }, random);
      await t.storage.responses.append(
        makeResponse({
          campaignId: setup.campaign.id,
          departmentId: setup.organization.departments[0]!.id,
          answers,
        }),
      );
    }
    const reply = await download(setup.campaign.id);
    expect(reply.body).toContain(`,"'=HYPERLINK(""http://x"")",`);
  });

  it('is recorded in the audit log with who downloaded it', async () => {
    const { campaign } = await generatedCampaign({ Sales: 5 });
    await download(campaign.id);
    const entry = (await t.storage.audit.list()).at(-1)!;
    expect(entry).toMatchObject({ action: 'campaign.export.responses', target: campaign.id });
    expect(entry.accountId).toEqual((await t.call('GET', '/api/session')).body.accountId);
  });

  it('is refused with a code, and nothing written, while no department has enough people', async () => {
    const { campaign } = await generatedCampaign({ Sales: 4, Legal: 4 });
    const auditBefore = (await t.storage.audit.list()).length;
    const reply = await download(campaign.id);
    expectProblem(reply, 409);
    expect(reply.body).toMatchObject({ code: 'export.nothing-released', params: { min: 5 } });
    expect(await t.storage.audit.list()).toHaveLength(auditBefore);
  });

  it('is refused to a department head, whose view leaves out other departments', async () => {
    const { campaign, organization, departmentId } = await generatedCampaign({ Sales: 5 });
    const head = await inviteAndAccept(t, organization.id, {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: [departmentId('Sales')],
    });
    expectProblem(await download(campaign.id, head.cookie), 403);
  });

  it('is given to an executive and a consultant', async () => {
    const { campaign, organization } = await generatedCampaign({ Sales: 5 });
    for (const role of ['executive', 'consultant'] as const) {
      const reader = await inviteAndAccept(t, organization.id, { email: `${role}@example.com`, role });
      const reply = await download(campaign.id, reader.cookie);
      expect(reply.status).toBe(200);
      expect(parse(reply.body).rows).toHaveLength(5);
    }
  });
});

describe('the order of rows', () => {
  const seeded32 = (seed: number) => {
    const random = seededRandom(seed);
    return () => Math.floor(random() * 2 ** 32);
  };
  const read = async (stream: ReadableStream<Uint8Array> | null) =>
    parse(await new Response(stream).text()).rows;

  it('is drawn at random, not the stored order, and is the same whether held at once or a few rows at a time', async () => {
    const { campaign } = await generatedCampaign({ Sales: 17, Operations: 11 });
    const loaded = await loadCampaignById(t.deps, campaign.id);
    const whole = await read(await exportResponses(t.deps, loaded, { random32: seeded32(5) }));
    const inParts = await read(
      await exportResponses(t.deps, loaded, { random32: seeded32(5), rowsInMemory: 4 }),
    );
    expect(inParts).toEqual(whole);
    const other = await read(await exportResponses(t.deps, loaded, { random32: seeded32(6) }));
    expect(other).not.toEqual(whole);
    const key = (r: Record<string, string>) => JSON.stringify({ ...r, row: '' });
    expect(other.map(key).sort()).toEqual(whole.map(key).sort());
    // Stored order would list the first batch of Sales first; the units are mixed instead.
    const units = whole.map((r) => r.unit);
    expect(units.slice(0, 15)).not.toEqual(units.slice().sort().slice(0, 15));
  });

  // Only the embedded store hands out codes (scanCodes); on PostgreSQL the export takes the whole-response
  // path alone, which every other test here runs on it.
  it.skipIf(ON_POSTGRES)(
    'is the same file whether the storage hands out codes or whole responses',
    async () => {
      const { campaign } = await generatedCampaign({ Sales: 17, Operations: 11, Legal: 3 });
      const loaded = await loadCampaignById(t.deps, campaign.id);
      const { responses } = t.storage;
      expect(responses.scanCodes).toBeDefined();
      const wholeOnly = { storage: { responses: { scan: responses.scan.bind(responses) } } } as never;
      for (const rowsInMemory of [undefined, 5]) {
        const coded = await read(
          await exportResponses(t.deps, loaded, { random32: seeded32(8), rowsInMemory }),
        );
        const whole = await read(
          await exportResponses(wholeOnly, loaded, { random32: seeded32(8), rowsInMemory }),
        );
        expect(coded.length).toBeGreaterThan(0);
        expect(whole).toEqual(coded);
      }
    },
  );

  it('breaks the download off rather than finish it, when responses are excluded while it is written', async () => {
    const { campaign } = await generatedCampaign({ Sales: 12 });
    const loaded = await loadCampaignById(t.deps, campaign.id);
    const stream = await exportResponses(t.deps, loaded, { rowsInMemory: 3 });
    const ids: string[] = [];
    await t.storage.responses.scan(campaign.id, (r) => ids.push(r.id));
    expect(await t.storage.responses.remove(campaign.id, [ids.at(-1)!])).toBe(1);
    await expect(new Response(stream).text()).rejects.toThrow(/changed while they were being exported/);
  });
});

describe('the codebook', () => {
  it('describes each column in both languages, as CSV with a byte-order mark', async () => {
    const { campaign } = await generatedCampaign({ Sales: 5 });
    const reply = await t.call('GET', `/api/campaigns/${campaign.id}/export/codebook`);
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('text/csv; charset=utf-8');
    const { header, rows } = parse(reply.body);
    expect(header).toEqual(['variable', 'kind', 'scale', 'reverse_coded', 'code', 'label_en', 'label_zh_cn']);
    const item = rows.find((r) => r.variable === 'pay_fair' && r.kind !== 'code')!;
    expect(item.label_en).toMatch(/pay/i);
    expect(item.label_zh_cn).toMatch(/[\u4e00-\u9fff]/);
    const { header: columns } = parse((await download(campaign.id)).body);
    expect(rows.filter((r) => r.kind !== 'code').map((r) => r.variable)).toEqual(columns);
  });
});
