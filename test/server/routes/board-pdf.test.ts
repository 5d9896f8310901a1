// The board's PDF, read back as a board member's software would: pdftotext for its words (English and
// Chinese alike), pdfinfo for its paper size and pages, pdffonts for embedded fonts, and pdftoppm to render
// every page. The demo organization gives a full report; an action plan with an owner who has an account and
// one who has not shows that owners are named; a department head's copy leaves out what their report does.

import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_PDF_TEXT } from '../../../server/board-pdf/board-pdf-text';
import { inviteAndAccept } from '../../fixtures/accounts';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';
import { hasPoppler } from '../../support/poppler';

const run = promisify(execFile);

let t: TestApp;
let dir: string;
let demo: { organizationId: string; campaignId: string };
let head: { cookie: string };

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

async function download(campaignId: string, query: string, cookie = t.ownerCookie): Promise<Download> {
  const res = await t.app.request(`/api/campaigns/${campaignId}/report.pdf${query}`, {
    headers: { cookie, origin: 'http://localhost' },
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

let files = 0;
async function saved(pdf: Buffer): Promise<string> {
  const path = join(dir, `board-${++files}.pdf`);
  await writeFile(path, pdf);
  return path;
}

async function textOf(pdf: Buffer): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', await saved(pdf), '-'], { maxBuffer: 16 << 20 });
  return stdout;
}

/**
 * The text with line breaks and the spaces of layout taken out, so a wrapped sentence reads whole; quotes
 * straight, as the English PDF sets them (its font draws curly ones full-width).
 */
const joined = (text: string) => text.replace(/\s+/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

beforeAll(async () => {
  t = await startTestApp();
  dir = await mkdtemp(join(tmpdir(), 'board-pdf-'));
  demo = (await t.call('POST', '/api/demo')).body;
  const organization = await t.storage.organizations.get(demo.organizationId);
  const sales = organization!.departments.find((d) => d.name === 'Sales')!;
  const member = await inviteAndAccept(
    t,
    demo.organizationId,
    { email: 'mei@example.com', role: 'executive' },
    'Mei Chen',
  );
  head = await inviteAndAccept(
    t,
    demo.organizationId,
    { email: 'head@example.com', role: 'department-head', departmentIds: [sales.id] },
    'Sam Sales',
  );
  const add = async (body: object) => {
    const reply = await t.call('POST', `/api/organizations/${demo.organizationId}/action-plan`, {
      campaignId: demo.campaignId,
      ...body,
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  };
  await add({ title: 'Pick two pilot teams', owner: { accountId: member.accountId }, due: '2026-04-15' });
  await add({
    title: 'Explain OKR against KPI to all managers',
    owner: { name: 'Lars Outside', email: 'lars@example.org' },
    due: '2026-05-01',
    status: 'in-progress',
  });
}, 60_000);

afterAll(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('GET /api/campaigns/{id}/report.pdf', () => {
  it.skipIf(!hasPoppler)(
    'is an A4 PDF download with every font embedded and every page rendering',
    async () => {
      const pdf = await download(demo.campaignId, '?lang=en');
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.pdf"$/);
      const path = await saved(pdf.bytes);
      const info = (await run('pdfinfo', [path])).stdout;
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(info).toMatch(/Author:\s+Groundwork/);
      // The document's language, for screen readers and search: in the catalog, which is never compressed.
      expect(pdf.bytes.toString('latin1')).toContain('/Lang (en)');
      expect(info).toMatch(/Title:\s+.*Northwind Devices \(demo\)/);
      const fonts = (await run('pdffonts', [path])).stdout
        .split('\n')
        .slice(2)
        .filter((l) => l.trim());
      expect(fonts.length).toBeGreaterThan(0);
      // Columns: name, type, encoding, emb, sub, uni, object ID; every font embedded (as a subset).
      for (const line of fonts) expect(line.split(/\s+/).slice(-5, -3)).toEqual(['yes', 'yes']);
      const out = join(dir, 'pages');
      await run('pdftoppm', ['-r', '50', '-png', path, out]);
      const images = (await readdir(dir)).filter((f) => f.startsWith('pages') && f.endsWith('.png'));
      expect(images).toHaveLength(pages);
      const text = await textOf(pdf.bytes);
      expect(text).toContain(`Page 1 of ${pages}`);
      expect(text).toContain(`Page ${pages} of ${pages}`);
    },
  );

  it.skipIf(!hasPoppler)(
    'ends no page on a heading: each stays with the first lines of what it introduces',
    async () => {
      const report = (await t.call('GET', `/api/campaigns/${demo.campaignId}/report`)).body;
      const en = BOARD_PDF_TEXT.en;
      const headings = new Set(
        [
          en.summaryHeading,
          en.changeHeading,
          en.barriersHeading,
          en.actionsHeading,
          en.trustHeading,
          en.chartsHeading,
          en.recommendationsHeading,
          en.planHeading,
          en.appendixHeading,
          en.gatesHeading,
          en.scalesHeading,
          en.departmentsHeading,
          ...report.recommendations.map(
            (r: { title: { en: string } }, i: number) => `${i + 1}. ${r.title.en}`,
          ),
          ...report.decision.gates.map((g: { title: { en: string }; status: 'pass' }) =>
            en.gateHeading(g.title.en, en.checkStatus[g.status]),
          ),
        ].map(joined),
      );
      const sections = new Set(
        [
          en.chartsHeading,
          en.recommendationsHeading,
          en.planHeading,
          en.appendixHeading,
          en.scalesHeading,
        ].map(joined),
      );
      // The whole report, and a department head's, whose shorter sections fall on other page ends.
      for (const cookie of [t.ownerCookie, head.cookie]) {
        const path = await saved((await download(demo.campaignId, '?lang=en', cookie)).bytes);
        const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [path])).stdout)![1]);
        for (let page = 1; page <= pages; page++) {
          const { stdout } = await run('pdftotext', [
            '-layout',
            '-f',
            String(page),
            '-l',
            String(page),
            path,
            '-',
          ]);
          const lines = stdout.split('\n').filter((l) => l.trim() && !/Page \d+ of \d+/.test(l));
          const [before, last] = lines.slice(-2).map(joined);
          expect(headings.has(last!), `page ${page} ends on "${last}"`).toBe(false);
          // A section's heading is followed by a caption and a chart or table: not by its caption alone.
          expect(sections.has(before!), `page ${page} ends near "${before}"`).toBe(false);
        }
      }
    },
  );

  it.skipIf(!hasPoppler)(
    'holds the verdict, the barriers, the first actions and the plan with its owners, in English',
    async () => {
      const report = (await t.call('GET', `/api/campaigns/${demo.campaignId}/report`)).body;
      const text = joined(await textOf((await download(demo.campaignId, '?lang=en')).bytes));
      expect(text).toContain(joined(report.summary.title.en));
      expect(text).toContain(joined('Start small: run OKRs for one quarter in two teams'));
      expect(report.summary.barriers.length).toBeGreaterThan(0);
      for (const barrier of report.summary.barriers) expect(text).toContain(joined(barrier.label.en));
      for (const action of report.summary.actions) expect(text).toContain(joined(action.title.en));
      expect(text).toContain(joined('Pick two pilot teams'));
      expect(text).toContain(joined('Mei Chen'));
      expect(text).toContain(joined('Lars Outside'));
      expect(text).toContain('<lars@example.org>');
      expect(text).toContain(joined('0 of 2 actions done'));
      expect(text).toContain(joined(`Based on the answers of ${report.summary.trust.received} of`));
    },
  );

  it.skipIf(!hasPoppler)(
    'keeps every word within the side margins, Chinese lines wrapped as much as English ones',
    async () => {
      for (const lang of ['en', 'zh']) {
        const path = await saved((await download(demo.campaignId, `?lang=${lang}`)).bytes);
        const { stdout } = await run('pdftotext', ['-bbox', path, '-'], { maxBuffer: 32 << 20 });
        const boxes = [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)];
        expect(boxes.length).toBeGreaterThan(500);
        // A4 is 595.28 points wide; the margins are 56 points a side.
        const outside = boxes.filter(([, min, max]) => Number(min) < 55 || Number(max) > 540.5);
        expect(outside.map(([word]) => word)).toEqual([]);
      }
    },
  );

  it.skipIf(!hasPoppler)('is written in Chinese, searchable, when asked for zh', async () => {
    const report = (await t.call('GET', `/api/campaigns/${demo.campaignId}/report`)).body;
    const pdf = await download(demo.campaignId, '?lang=zh');
    expect(pdf.status).toBe(200);
    const text = joined(await textOf(pdf.bytes));
    expect(text).toContain('要点概览');
    expect(text).toContain(joined(report.summary.title['zh-cn']));
    expect(text).toContain('从小处着手');
    for (const barrier of report.summary.barriers) expect(text).toContain(joined(barrier.label['zh-cn']));
    for (const action of report.summary.actions) expect(text).toContain(joined(action.title['zh-cn']));
    expect(text).toContain('MeiChen');
    expect(text).toContain('LarsOutside');
    expect(text).toContain('<lars@example.org>');
    expect(text).toContain('进行中');
    expect(text).toMatch(/第1页，共\d+页/);
    const info = (await run('pdfinfo', [await saved(pdf.bytes)])).stdout;
    expect(info).toMatch(/Title:\s+OKR 准备度/);
    expect(pdf.bytes.toString('latin1')).toContain('/Lang (zh-CN)');
  });

  it.skipIf(!hasPoppler)('leaves out of a department head’s copy what their report leaves out', async () => {
    const full = joined(await textOf((await download(demo.campaignId, '?lang=en')).bytes));
    expect(full).toContain('Marketing');
    const pdf = await download(demo.campaignId, '?lang=en', head.cookie);
    expect(pdf.status).toBe(200);
    const text = joined(await textOf(pdf.bytes));
    expect(text).toContain('Sales');
    expect(text).toContain(joined('Prepared for a department head'));
    // The summary is the head's own, built from their restricted report: the same barriers, the same trust line.
    const theirs = (
      await t.call('GET', `/api/campaigns/${demo.campaignId}/report`, undefined, { cookie: head.cookie })
    ).body;
    for (const barrier of theirs.summary.barriers) expect(text).toContain(joined(barrier.label.en));
    expect(theirs.summary.barriers.length).toBeLessThan(
      (await t.call('GET', `/api/campaigns/${demo.campaignId}/report`)).body.summary.barriers.length,
    );
    expect(text).toContain(joined('withheld in this view'));
    for (const other of ['Marketing', 'Operations', 'Product&R&D', 'Finance'])
      expect(text).not.toContain(other);
  });

  it('gives the problem a report with nothing released gives, and refuses a language it is not written in', async () => {
    const fresh = await setUpCampaign(t);
    const withheld = await t.call('GET', `/api/campaigns/${fresh.campaign.id}/report.pdf?lang=en`);
    expectProblem(withheld, 409);
    expect(withheld.body.code).toBe('export.nothing-released');
    const wrong = await t.call('GET', `/api/campaigns/${demo.campaignId}/report.pdf?lang=fr`);
    expectProblem(wrong, 400);
  });

  it('records each download in the audit log, with who made it, and nothing for a refused one', async () => {
    const before = (await t.storage.audit.list()).length;
    await download(demo.campaignId, '?lang=en', head.cookie);
    const entries = await t.storage.audit.list();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ action: 'campaign.report.pdf', target: demo.campaignId });
    expect(entries.at(-1)!.accountId).toBe(
      (await t.call('GET', '/api/session', undefined, { cookie: head.cookie })).body.accountId,
    );
    await download(demo.campaignId, '?lang=xx');
    expect(await t.storage.audit.list()).toHaveLength(before + 1);
  });

  it('asks someone not signed in to sign in (the authorization matrix has the rest)', async () => {
    const reply = await t.call('GET', `/api/campaigns/${demo.campaignId}/report.pdf`, undefined, {
      cookie: '',
    });
    expectProblem(reply, 401);
  });
});
