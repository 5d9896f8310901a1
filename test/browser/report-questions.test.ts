// The report's questions one by one in a real browser on the demo organization: per readiness dimension
// the questions pulling it down most, each question's answers as a bar with its figures in words, for the
// organization, one unit or every unit, in English and Chinese, at desktop and phone width without the
// page scrolling sideways, folded per dimension but opened for print, and with no serious axe finding.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CampaignQuestions } from '../../server/http/api-types';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { openFullReport } from '../support/full-report';
import { createOwner } from './create-owner';

const SHOTS = '/tmp/shots/questions';
const shot = (name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return `${SHOTS}/${name}`;
};

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** What the section shows: per dimension its pulling items' wording and each open question's bars. */
async function sectionFacts(page: Page) {
  return page.getByTestId('question-section').evaluate((section) => ({
    pulling: [...section.querySelectorAll('.question-dimension')].map((d) => ({
      dimension: d.getAttribute('data-dimension'),
      items: [...d.querySelectorAll('.pulling-items li')].map((li) => li.textContent),
    })),
    firstQuestion: [...section.querySelectorAll('.question-items > li')].slice(0, 1).map((li) => ({
      id: li.getAttribute('data-question'),
      wording: li.querySelector('.question-wording')!.textContent,
      bars: [...li.querySelectorAll('.answer-row')].map((row) => ({
        key: row.getAttribute('data-bar'),
        figures: row.querySelector('.answer-figures')!.textContent,
        segments: row.querySelectorAll('.answer-bar > span').length,
      })),
    }))[0],
  }));
}

describe.skipIf(!hasChromium)('report questions in the browser', () => {
  const session = useBrowserSession();

  it('shows what pulls each dimension down and every question’s answers, in both languages and on a phone', async () => {
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, session.server.url);
    await page.getByRole('button', { name: 'Load the demo organization' }).click();
    await page.getByRole('region', { name: 'In short' }).waitFor();
    const reportUrl = page.url();
    const campaignId = /campaigns\/([^/]+)\/report/.exec(reportUrl)![1]!;
    const reply = (await page.evaluate(
      (id) => fetch(`/api/campaigns/${id}/questions`).then((r) => r.json()),
      campaignId,
    )) as CampaignQuestions;

    await openFullReport(page);
    const section = page.getByTestId('question-section');
    await section.waitFor();
    await section.getByRole('heading', { name: 'Question by question' }).scrollIntoViewIfNeeded();
    // Folded per dimension: no question shows until its dimension is opened.
    await expect(section.locator('details.question-list[open]').count()).resolves.toBe(0);
    const facts = await sectionFacts(page);
    const readiness = reply.results.dimensions.filter((d) => d.role === 'readiness');
    for (const dimension of readiness) {
      const shown = facts.pulling.find((p) => p.dimension === dimension.dimension)!;
      const wording = new Map(dimension.questions.map((q) => [q.questionId, q.title.en]));
      expect(shown.items.length).toBe(dimension.pullsDown!.length);
      dimension.pullsDown!.forEach((p, i) => {
        expect(shown.items[i]).toContain(wording.get(p.questionId)!);
        expect(shown.items[i]).toContain(`${Math.round(p.favourableShare * 100)}% favourable`);
      });
    }
    expect(readiness.some((d) => d.pullsDown!.length === 3)).toBe(true);

    // The first dimension opened: its first question's bar for the organization, its figures in words.
    await section.locator('details.question-list > summary').first().click();
    const first = reply.results.dimensions[0]!.questions[0]!;
    const opened = (await sectionFacts(page)).firstQuestion!;
    expect(opened.id).toBe(first.questionId);
    expect(opened.wording).toBe(first.title.en);
    expect(opened.bars).toHaveLength(1);
    expect(opened.bars[0]!.key).toBe('organization');
    expect(opened.bars[0]!.figures).toContain(
      `Favourable ${Math.round(first.organization!.shares.favourable * 100)}%`,
    );
    expect(opened.bars[0]!.figures).toContain(`(${first.organization!.n} answered)`);
    await section.screenshot({ path: shot('questions-en-1280.png') });

    // One unit instead, then every unit with the organization first; a hidden unit has no bar.
    const select = section.getByLabel('Show the answers of');
    const shownUnit = reply.groups.find((g) => !g.hidden)!;
    await select.selectOption({ label: shownUnit.name });
    const unitBars = (await sectionFacts(page)).firstQuestion!.bars;
    expect(unitBars.map((b) => b.key)).toEqual([`group:${shownUnit.id}`]);
    const unitShares = first.groups.find((g) => g.groupId === shownUnit.id)!.shares!;
    expect(unitBars[0]!.figures).toContain(`(${unitShares.n} answered)`);
    await select.selectOption('all');
    const everyBar = (await sectionFacts(page)).firstQuestion!.bars;
    expect(everyBar.map((b) => b.key)).toEqual(['organization', ...reply.groups.map((g) => `group:${g.id}`)]);
    for (const [i, group] of reply.groups.entries()) {
      if (group.hidden) {
        expect(everyBar[i + 1]!.segments).toBe(0);
        expect(everyBar[i + 1]!.figures).toMatch(/^Hidden: fewer than \d+ answers\.$/);
      }
    }
    await section.screenshot({ path: shot('questions-en-1280-every-unit.png') });
    await expectNoSeriousViolations(page, 'questions in English at 1280', {
      include: '[data-testid="question-section"]',
    });
    await expect(noSidewaysScroll(page)).resolves.toBe(true);
    const csv = await section
      .getByRole('link', { name: 'Download these answers as CSV' })
      .getAttribute('href');
    expect(csv).toBe(`/api/campaigns/${campaignId}/questions?format=csv&lang=en`);

    // Printing opens every dimension's questions, and closes them again afterwards.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(section.locator('details.question-list:not([open])').count()).resolves.toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(section.locator('details.question-list[open]').count()).resolves.toBe(1);

    await page.getByRole('button', { name: '简体中文' }).click();
    await section.getByRole('heading', { name: '逐题结果' }).waitFor();
    const zh = (await sectionFacts(page)).firstQuestion!;
    expect(zh.wording).toBe(first.title['zh-cn']);
    expect(zh.bars[0]!.figures).toContain('有利');
    await section.screenshot({ path: shot('questions-zh-1280.png') });
    await expectNoSeriousViolations(page, 'questions in Chinese at 1280', {
      include: '[data-testid="question-section"]',
    });

    // On a phone: the page keeps its width in both languages.
    const phone = await session.newPage({ viewport: { width: 390, height: 900 }, signedInLike: page });
    await page.context().close();
    await phone.goto(reportUrl);
    await openFullReport(phone);
    const small = phone.getByTestId('question-section');
    await small.waitFor();
    await small.locator('details.question-list > summary').first().click();
    await small.getByRole('heading', { name: '逐题结果' }).scrollIntoViewIfNeeded();
    await expect(noSidewaysScroll(phone)).resolves.toBe(true);
    await small.screenshot({ path: shot('questions-zh-390.png') });
    await phone.screenshot({ path: shot('questions-zh-390-screen.png') });
    await expectNoSeriousViolations(phone, 'questions in Chinese at 390', {
      include: '[data-testid="question-section"]',
    });
    await phone.getByRole('button', { name: 'English' }).click();
    await small.getByRole('heading', { name: 'Question by question' }).waitFor();
    await small.getByLabel('Show the answers of').selectOption('all');
    await expect(noSidewaysScroll(phone)).resolves.toBe(true);
    await small.screenshot({ path: shot('questions-en-390-every-unit.png') });
    await small.locator('.question-items > li').first().scrollIntoViewIfNeeded();
    await phone.screenshot({ path: shot('questions-en-390-every-unit-screen.png') });
    await expectNoSeriousViolations(phone, 'questions in English at 390', {
      include: '[data-testid="question-section"]',
    });
    await phone.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
