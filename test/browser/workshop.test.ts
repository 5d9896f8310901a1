// A whole goal-writing workshop in real browsers: the facilitator sets it up from the demo's report, five
// participants join on phones (one reading and typing Chinese through an input method), sort the warm-up,
// write drafts that improve after the coach's advice, vote, and the kept objective lands in the campaign's
// action plan. The facilitator's screen follows everything without a reload.

import { mkdirSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { callApi, signUpOwner } from '../support/server-process';
import { createOwner, TEST_OWNER } from './create-owner';

const SHOTS = process.env.WORKSHOP_SHOTS_DIR ?? '/tmp/shots/workshop';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
const PHONE = { width: 390, height: 844 };

/** Whether the page fits its width: nothing makes a phone scroll sideways. */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

interface Person {
  name: string;
  chinese: boolean;
  page: Page;
}

/** Chooses a class for every warm-up situation: `pick` gets the situation's place. */
async function answerWarmUp(page: Page, label: (i: number) => string): Promise<void> {
  const situations = page.locator('.scenarios > li');
  const count = await situations.count();
  for (let i = 0; i < count; i++)
    await situations
      .nth(i)
      .getByRole('radio', { name: label(i) })
      .check();
}

/** Types into a field as a person does, one key at a time. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill('');
  await field.pressSequentially(text);
}

/**
 * Types Chinese the way an input method does: letters composed (compositionstart, input events with pinyin),
 * then the characters committed (compositionend). Chromium's own IME path, through the DevTools protocol.
 */
async function composeChinese(cdp: CDPSession, pinyin: string, committed: string): Promise<void> {
  for (let i = 1; i <= pinyin.length; i++) {
    const text = pinyin.slice(0, i);
    await cdp.send('Input.imeSetComposition', { text, selectionStart: i, selectionEnd: i });
  }
  await cdp.send('Input.insertText', { text: committed });
}

describe.skipIf(!hasChromium)('goal-writing workshop in the browser', () => {
  const session = useBrowserSession();

  it('runs a whole session: warm-up, drafts improving after advice, a live facilitator screen, a vote and the plan', async () => {
    const facilitator = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(facilitator, session.server.url);
    await facilitator.getByRole('button', { name: 'Load the demo organization' }).click();
    await facilitator.getByRole('region', { name: 'In short' }).waitFor();
    const reportUrl = facilitator.url();

    // The report's goal-writing workshop recommendation leads to the workshop form for this campaign.
    await facilitator.getByText('The full report: evidence, scores and analysis').click();
    const offer = facilitator
      .locator('[data-recommendation="smart-workshop"]')
      .getByRole('link', { name: 'Run this workshop' });
    await facilitator
      .locator('[data-recommendation="smart-workshop"]')
      .screenshot({ path: `${SHOTS}/report-recommendation-en.png` });
    await offer.click();
    await facilitator.getByRole('heading', { name: 'New goal-writing workshop' }).waitFor();
    await facilitator.getByText(/From the report of/).waitFor();
    await facilitator.getByLabel('Title').fill('Sales objectives for Q3');
    const chinese = facilitator.getByRole('checkbox', { name: '简体中文' });
    if (!(await chinese.isChecked())) await chinese.check();
    await expectNoSeriousViolations(facilitator, 'workshop form at 1280');
    await shot(facilitator, 'form-en-1280');
    await facilitator.getByRole('button', { name: 'Create the workshop' }).click();
    await facilitator.waitForURL(/\/workshops\/(?!new)[^/?]+$/);
    const workshopUrl = facilitator.url();
    const code = (await facilitator.getByTestId('join-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    // The QR code is drawn: the image loads with a size.
    await facilitator.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img.join-qr');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    await expectNoSeriousViolations(facilitator, 'facilitator screen at 1280');
    await shot(facilitator, 'facilitator-joining-en-1280');
    await facilitator.screenshot({ path: `${SHOTS}/facilitator-top-en-1280.png` });

    // Five phones join; the fifth reads the workshop in Chinese.
    const names = ['Ana', 'Ben', 'Chen', 'Dara', '王芳'];
    const people: Person[] = [];
    for (const name of names) {
      const page = await session.newPage({ viewport: PHONE });
      await page.goto(`${session.server.url}/w/${code}`);
      const isChinese = name === '王芳';
      if (isChinese) await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('heading', { name: 'Sales objectives for Q3' }).waitFor();
      if (people.length === 0) {
        await expectNoSeriousViolations(page, 'join page at 390');
        await shot(page, 'participant-join-en-390');
      }
      await page.getByLabel(isChinese ? '您的名字' : 'Your name').fill(name);
      await page.getByRole('button', { name: isChinese ? '加入' : 'Join' }).click();
      await page
        .getByRole('heading', {
          name: isChinese ? '热身：OKR、KPI 还是项目？' : 'Warm-up: OKR, KPI or project?',
        })
        .waitFor();
      people.push({ name, chinese: isChinese, page });
    }
    await facilitator.getByText('5 participants').waitFor();

    // Warm-up: four sort the first situation as a KPI, one as an OKR; the facilitator's counts follow live.
    for (const [i, p] of people.entries()) {
      const kpi = p.chinese ? 'KPI（关键绩效指标）' : 'KPI';
      const okr = p.chinese ? 'OKR（目标与关键结果）' : 'OKR';
      await answerWarmUp(p.page, (s) => (s === 0 ? (i === 1 ? okr : kpi) : okr));
    }
    await shot(people[0]!.page, 'participant-warm-up-en-390');
    for (const p of people) await expect(fitsWidth(p.page)).resolves.toBe(true);
    await shot(people[4]!.page, 'participant-warm-up-zh-390');
    await expectNoSeriousViolations(people[4]!.page, 'warm-up at 390 in Chinese');
    const firstSituation = facilitator.locator('.warm-up-list > li').first();
    await firstSituation.getByText('5 answers').waitFor();
    await facilitator.getByRole('button', { name: 'Reveal the answers' }).click();
    await facilitator.getByText('Answered right').waitFor();
    await shot(facilitator, 'facilitator-warm-up-revealed-en-1280');
    await facilitator
      .locator('.warm-up-card')
      .screenshot({ path: `${SHOTS}/facilitator-warm-up-section-en.png` });
    // The phones see the right class and why, with the room's counts.
    await people[0]!.page.getByText('How the room answered').waitFor();
    await people[0]!.page
      .locator('.scenarios > li')
      .first()
      .getByText('The room: OKR 1, KPI 4, project 0')
      .waitFor();
    await people[4]!.page.getByText('全场的回答').waitFor();
    await shot(people[0]!.page, 'participant-revealed-en-390');
    await shot(people[4]!.page, 'participant-revealed-zh-390');
    await expectNoSeriousViolations(people[4]!.page, 'revealed warm-up at 390 in Chinese');

    // Writing: each first writes a weak draft, reads the advice, then improves it.
    await facilitator.getByRole('button', { name: '2. Writing' }).click();
    const weak = [
      ['Improve customer satisfaction', 'Run a customer survey'],
      ['Improve sales', 'Hold weekly sales meetings'],
      ['Grow in the north', 'Visit more clients'],
      ['Maintain the renewal rate', 'Keep renewals at 90%'],
    ] as const;
    const strong = [
      [
        'Customers recommend us to their peers',
        'Raise NPS from 30 to 45 by 30 September',
        'Cut first reply time from 8 to 2 hours by 30 September',
      ],
      [
        'Win the mid-size market in the south',
        'Sign 12 new mid-size clients by the end of Q3',
        'Grow revenue from mid-size clients from 1.2M to 1.8M by 30 September',
      ],
      [
        'Become the first choice in the north',
        'Sign 8 new clients in the north by the end of Q3',
        'Lift win rate in the north from 20% to 35% by 30 September',
      ],
      [
        'Customers stay because they want to',
        'Raise renewal rate from 82% to 90% by the end of Q3',
        'Cut cancellations in the first year from 40 to 20 by 30 September',
      ],
    ] as const;
    for (const [i, p] of people.slice(0, 4).entries()) {
      await p.page.getByRole('heading', { name: 'Write your objective' }).waitFor();
      await typeInto(p.page, 'Objective', weak[i]![0]);
      await typeInto(p.page, 'Key result 1', weak[i]![1]);
      // Advice arrives under the fields, and nothing is blocked by it.
      await p.page.locator('.note-advice').first().waitFor();
    }
    await expectNoSeriousViolations(people[0]!.page, 'writing at 390 with advice');
    await shot(people[0]!.page, 'participant-advice-en-390');
    // The facilitator's screen shows the first drafts without a reload.
    await facilitator.locator('.draft-card').filter({ hasText: 'Improve customer satisfaction' }).waitFor();
    await facilitator.locator('.draft-card').filter({ hasText: 'Maintain the renewal rate' }).waitFor();

    // The Chinese participant types through an input method: no draft is sent while the letters are composed.
    const zh = people[4]!.page;
    await zh.getByRole('heading', { name: '撰写您的目标' }).waitFor();
    const sentDrafts: string[] = [];
    zh.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().endsWith('/me/draft'))
        sentDrafts.push(request.postData() ?? '');
    });
    const cdp = await zh.context().newCDPSession(zh);
    await zh.getByLabel('目标', { exact: true }).focus();
    await composeChinese(cdp, 'tisheng', '提升');
    await composeChinese(cdp, 'kehumanyidu', '客户满意度');
    await zh.getByLabel('关键结果 1', { exact: true }).focus();
    await composeChinese(cdp, 'zuoyicidiaocha', '做一次调查');
    await zh.locator('.note-advice').first().waitFor();
    await shot(zh, 'participant-advice-zh-390');
    // Then the improved draft, in Chinese.
    await zh.getByLabel('目标', { exact: true }).fill('');
    await zh.getByLabel('目标', { exact: true }).focus();
    await composeChinese(cdp, 'kehuyuanyituijian', '客户愿意向同行推荐我们');
    await zh.getByLabel('关键结果 1', { exact: true }).fill('');
    await zh.getByLabel('关键结果 1', { exact: true }).focus();
    await composeChinese(cdp, 'jiuyuedi', '9月30日前把净推荐值从30提高到45');
    await zh.getByLabel('关键结果 2', { exact: true }).focus();
    await composeChinese(cdp, 'jiuyuedi', '9月30日前把首次回复时间从8小时缩短到2小时');
    await facilitator.locator('.draft-card').filter({ hasText: '客户愿意向同行推荐我们' }).waitFor();
    // Every draft that went out holds committed text only: never the pinyin of a word being composed.
    expect(sentDrafts.length).toBeGreaterThan(0);
    for (const body of sentDrafts) expect(body).not.toMatch(/tisheng|kehu|zuoyici|jiuyue/);

    for (const [i, p] of people.slice(0, 4).entries()) {
      await typeInto(p.page, 'Objective', strong[i]![0]);
      await typeInto(p.page, 'Key result 1', strong[i]![1]);
      await typeInto(p.page, 'Key result 2', strong[i]![2]);
      await p.page.getByText(/Draft saved · Checks passed: 100%/).waitFor();
    }
    await shot(people[0]!.page, 'participant-improved-en-390');
    // The facilitator sees each improved draft arrive, and the share passing "measurable" rise since the first draft.
    for (const s of strong) await facilitator.locator('.draft-card').filter({ hasText: s[1] }).waitFor();
    const measurable = facilitator.locator('tr[data-check="measurable"]');
    await measurable.locator('td').nth(1).getByText('100%').waitFor();
    const first = Number.parseInt((await measurable.locator('td').nth(0).textContent())!, 10);
    expect(first).toBeLessThan(100);
    await expectNoSeriousViolations(facilitator, 'facilitator screen with drafts');
    await shot(facilitator, 'facilitator-drafts-en-1280');
    await facilitator.locator('.draft-grid').screenshot({ path: `${SHOTS}/facilitator-draft-cards-en.png` });
    await facilitator
      .locator('section:has(#checks-heading)')
      .screenshot({ path: `${SHOTS}/facilitator-checks-en.png` });

    // Grouping: two drafts about customers become one shared objective, two about sales another.
    await facilitator.getByRole('checkbox', { name: 'Choose the draft of Ana' }).check();
    await facilitator.getByRole('checkbox', { name: 'Choose the draft of 王芳' }).check();
    await facilitator.getByLabel('Title of the shared objective').fill('Customers recommend us');
    await facilitator.getByRole('button', { name: 'Group the chosen drafts' }).click();
    await facilitator.locator('.group-list').getByText('Customers recommend us').waitFor();
    await facilitator.getByRole('checkbox', { name: 'Choose the draft of Ben' }).check();
    await facilitator.getByRole('checkbox', { name: 'Choose the draft of Chen' }).check();
    await facilitator.getByLabel('Title of the shared objective').fill('Win new clients');
    await facilitator.getByRole('button', { name: 'Group the chosen drafts' }).click();
    await facilitator.locator('.group-list').getByText('Win new clients').waitFor();

    // Voting: everyone votes for the customers' objective, two also for the clients'.
    await facilitator.getByRole('button', { name: '3. Voting' }).click();
    for (const [i, p] of people.entries()) {
      await p.page
        .getByRole('heading', {
          name: p.chinese ? '投票选出要保留的目标' : 'Vote for the objectives to keep',
        })
        .waitFor();
      await p.page.getByRole('checkbox', { name: 'Customers recommend us' }).check();
      if (i < 2) await p.page.getByRole('checkbox', { name: 'Win new clients' }).check();
    }
    await shot(people[0]!.page, 'participant-vote-en-390');
    await shot(people[4]!.page, 'participant-vote-zh-390');
    await expectNoSeriousViolations(people[4]!.page, 'voting at 390 in Chinese');
    const topGroup = facilitator.locator('.group-list > li').first();
    await topGroup.getByText('5 votes').waitFor();
    await facilitator.locator('.group-list > li').nth(1).getByText('2 votes').waitFor();

    // Keeping: the voted objective, its title and key results edited, is kept and goes into the plan.
    await topGroup.getByRole('button', { name: 'Keep' }).click();
    const keep = facilitator.getByRole('form', { name: 'Keep “Customers recommend us”' });
    await keep.getByLabel('Objective').fill('Customers recommend us to their peers');
    await expect(keep.getByLabel('Key results, one a line').inputValue()).resolves.toContain(
      'Raise NPS from 30 to 45',
    );
    await keep.getByRole('button', { name: 'Keep this objective' }).click();
    const kept = facilitator.locator('.kept-list').getByText('Customers recommend us to their peers');
    await kept.waitFor();
    // A single draft can be kept as it stands, without a group.
    await facilitator.getByRole('button', { name: 'Keep the draft of Dara' }).click();
    await facilitator
      .getByRole('form', { name: 'Keep “Customers stay because they want to”' })
      .getByRole('button', { name: 'Keep this objective' })
      .click();
    await facilitator.locator('.kept-list').getByText('Customers stay because they want to').waitFor();
    await facilitator.getByRole('button', { name: 'Add to the action plan' }).click();
    await facilitator.getByText('2 actions added to the plan.').waitFor();
    // The kept objectives download as a CSV holding the objective and its key results.
    const csvHref = await facilitator
      .getByRole('link', { name: 'Kept objectives (CSV)' })
      .getAttribute('href');
    const csv = await facilitator.evaluate(async (href) => (await fetch(href!)).text(), csvHref);
    expect(csv).toContain('Customers recommend us to their peers');
    expect(csv).toContain('Raise NPS from 30 to 45 by 30 September');
    await shot(facilitator, 'facilitator-kept-en-1280');
    await facilitator
      .locator('section:has(#grouping-heading)')
      .screenshot({ path: `${SHOTS}/facilitator-grouping-en.png` });
    await facilitator
      .locator('section:has(#kept-heading)')
      .screenshot({ path: `${SHOTS}/facilitator-kept-section-en.png` });

    // The same screen in Chinese.
    await facilitator.getByRole('button', { name: '简体中文' }).click();
    await facilitator.getByRole('heading', { name: '保留的目标' }).waitFor();
    await expectNoSeriousViolations(facilitator, 'facilitator screen in Chinese');
    await shot(facilitator, 'facilitator-zh-1280');
    await facilitator.getByRole('button', { name: 'English' }).click();

    // Projector and printable summary.
    const projector = await session.newPage({
      viewport: { width: 1280, height: 800 },
      signedInLike: facilitator,
    });
    await projector.goto(`${workshopUrl}/projector`);
    await projector.getByText('Customers recommend us to their peers').waitFor();
    await expectNoSeriousViolations(projector, 'projector view');
    await shot(projector, 'projector-en-1280');
    await projector.goto(`${workshopUrl}/summary`);
    await projector.getByRole('heading', { name: 'Sales objectives for Q3: summary' }).waitFor();
    await projector.getByText('Customers recommend us to their peers').waitFor();
    await expectNoSeriousViolations(projector, 'summary');
    await shot(projector, 'summary-en-1280');
    await projector.emulateMedia({ media: 'print' });
    await shot(projector, 'summary-print');
    // Printed, the summary is one A4 page.
    const pdf = (await projector.pdf({ format: 'A4', path: `${SHOTS}/summary.pdf` })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await projector.emulateMedia({ media: 'screen' });
    await projector.getByRole('button', { name: '简体中文' }).click();
    await projector.getByRole('heading', { name: 'Sales objectives for Q3：总结' }).waitFor();
    await shot(projector, 'summary-zh-1280');
    await projector.context().close();

    // Ending the room: the phones say so.
    await facilitator.getByRole('button', { name: '4. Done' }).click();
    await people[0]!.page.getByText(/the workshop is over/).waitFor();
    await people[4]!.page.getByText(/工作坊已结束/).waitFor();
    await shot(people[4]!.page, 'participant-done-zh-390');
    await expectNoSeriousViolations(people[4]!.page, 'the end at 390 in Chinese');

    // The kept objective is an action of the campaign's plan, on the report.
    await facilitator.goto(reportUrl);
    const plan = facilitator.getByTestId('action-plan');
    await plan.getByText('Customers recommend us to their peers').waitFor();
    await plan.getByText('Customers stay because they want to').waitFor();
    await plan.screenshot({ path: `${SHOTS}/report-action-plan-en.png` });

    for (const p of people) await p.page.context().close();
    await facilitator.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 300_000);
});

describe.skipIf(!hasChromium)('a workshop screen without the live stream', () => {
  const session = useBrowserSession();
  let organizationId = '';
  beforeAll(async () => {
    const cookie = await signUpOwner(session.server);
    const demo = await callApi(session.server, cookie, 'POST', '/api/demo');
    if (demo.status !== 201) throw new Error(`The demo was not loaded: ${demo.status}`);
    organizationId = (demo.body as { organizationId: string }).organizationId;
  });

  it('keeps the facilitator’s screen current by polling when the live stream is refused, in an anonymous room in Chinese that can be locked', async () => {
    const facilitator = await session.newPage({ viewport: { width: 1280, height: 900 } });
    // A proxy that refuses event streams: the page must fall back to asking every 2 seconds.
    await facilitator.route('**/api/workshops/*/events', (route) => route.abort());
    await facilitator.goto(`${session.server.url}/login`);
    await facilitator.getByLabel('Email address').fill(TEST_OWNER.email);
    await facilitator.getByLabel('Password').fill(TEST_OWNER.password);
    await facilitator.getByRole('button', { name: 'Sign in' }).click();
    await facilitator.getByRole('heading', { name: 'Organizations' }).waitFor();
    await facilitator.getByRole('button', { name: '简体中文' }).click();
    await facilitator.goto(`${session.server.url}/organizations/${organizationId}`);
    await facilitator.getByRole('heading', { name: '目标撰写工作坊' }).waitFor();
    await facilitator.getByRole('link', { name: '新建目标撰写工作坊' }).click();
    await facilitator.getByRole('heading', { name: '新建目标撰写工作坊' }).waitFor();
    await facilitator.getByLabel('标题').fill('季度目标练习');
    await facilitator.getByRole('radio', { name: /^匿名/ }).check();
    await expectNoSeriousViolations(facilitator, 'workshop form in Chinese');
    await shot(facilitator, 'form-zh-1280');
    await facilitator.getByRole('button', { name: '创建工作坊' }).click();
    await facilitator.waitForURL(/\/workshops\/(?!new)[^/?]+$/);
    await facilitator.getByText('每 2 秒更新一次').waitFor();
    const code = (await facilitator.getByTestId('join-code').textContent())!.trim();

    // A phone joins without a name: the room is anonymous and in Chinese only, so there is no language switch.
    const phone = await session.newPage({ viewport: PHONE });
    await phone.goto(`${session.server.url}/w/${code}`);
    await phone.getByText('本工作坊为匿名：没有人能看到谁写了什么。').waitFor();
    await expect(phone.getByLabel('您的名字').count()).resolves.toBe(0);
    await expect(phone.getByRole('group', { name: '语言' }).count()).resolves.toBe(0);
    await expectNoSeriousViolations(phone, 'anonymous join at 390');
    await shot(phone, 'participant-join-anonymous-zh-390');
    await phone.getByRole('button', { name: '加入' }).click();
    await phone.getByRole('heading', { name: '热身：OKR、KPI 还是项目？' }).waitFor();
    await facilitator.getByText('1 位参与者').waitFor();

    await facilitator.getByRole('button', { name: '2. 撰写' }).click();
    await phone.getByRole('heading', { name: '撰写您的目标' }).waitFor();
    await phone.getByLabel('目标', { exact: true }).focus();
    await phone.keyboard.insertText('让新客户在第一个月就用起来');
    await phone.getByLabel('关键结果 1', { exact: true }).focus();
    await phone.keyboard.insertText('9月30日前把首月活跃率从40%提高到70%');
    await phone.getByText(/草稿已保存/).waitFor();
    await expect(fitsWidth(phone)).resolves.toBe(true);
    await shot(phone, 'participant-writing-anonymous-zh-390');
    // The draft reaches the polling screen, with no name on it.
    const card = facilitator.locator('.draft-card').filter({ hasText: '让新客户在第一个月就用起来' });
    await card.waitFor();
    await card.getByText('匿名', { exact: true }).waitFor();
    await expectNoSeriousViolations(facilitator, 'facilitator screen polling, in Chinese');
    await shot(facilitator, 'facilitator-polling-zh-1280');
    // On a phone the facilitator's screen fits the width too.
    await facilitator.setViewportSize(PHONE);
    await facilitator.reload();
    await card.waitFor();
    await expect(fitsWidth(facilitator)).resolves.toBe(true);
    await shot(facilitator, 'facilitator-polling-zh-390');
    await facilitator.setViewportSize({ width: 1280, height: 900 });

    // Locked, the room turns new phones away and says why.
    await facilitator.getByRole('button', { name: '锁定房间' }).click();
    await facilitator.getByText('已锁定：不接受新成员').waitFor();
    const late = await session.newPage({ viewport: PHONE });
    await late.goto(`${session.server.url}/w/${code}`);
    // A refused phone does not learn the room's languages, so it reads its own browser's (English here).
    await late.getByText('This room is closed to new people. Ask the facilitator to open it.').waitFor();
    await shot(late, 'participant-locked-en-390');
    // Someone already in keeps writing.
    await phone.getByLabel('关键结果 2', { exact: true }).focus();
    await phone.keyboard.insertText('9月30日前把首月流失率从25%降到10%');
    await facilitator.locator('.draft-card').filter({ hasText: '首月流失率' }).waitFor();

    for (const page of [late, phone, facilitator]) await page.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
