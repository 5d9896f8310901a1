// The administrator pages in Simplified Chinese, in a real browser: the owner switches language on the
// start page, loads the demo, reads and manages the organization in Chinese, the choice survives a reload
// and signing out and in again, an invited person's fresh browser starts in English and switches too, and
// English comes back at a click.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { createOwner, TEST_OWNER } from './create-owner';

const DEMO = 'Northwind Devices (demo)';
const DEMO_CAMPAIGN = 'Readiness baseline (demo)';
const HEAD_EMAIL = 'mei@example.com';

/** Han characters or CJK punctuation: the text is Chinese, not English left untranslated. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

const topbarSwitch = (page: Page) => page.locator('header').getByRole('group');

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page is no wider than the window').toBeLessThanOrEqual(0);
}

describe.skipIf(!hasChromium)('administrator pages in Chinese', () => {
  const session = useBrowserSession();

  it('lets the owner switch every administrator page to Simplified Chinese and back, and remembers it', async () => {
    const url = session.server.url;
    const owner = await session.newPage();
    await createOwner(owner, url);

    // A fresh browser whose language is English starts in English; the switch sits in the top bar.
    await expect(owner.locator('html').getAttribute('lang')).resolves.toBe('en');
    await topbarSwitch(owner).getByRole('button', { name: '简体中文' }).click();
    await owner.getByRole('heading', { name: '组织', exact: true, level: 1 }).waitFor();
    await expect(owner.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(topbarSwitch(owner).getAttribute('aria-label')).resolves.toBe('语言');
    const account = owner.getByRole('navigation', { name: '账号' });
    await account.getByRole('link', { name: '修改密码' }).waitFor();
    await account.getByRole('button', { name: '退出登录' }).waitFor();
    await owner.getByRole('heading', { name: '初次使用？' }).waitFor();
    await owner.getByRole('heading', { name: '创建组织' }).waitFor();
    await owner.getByLabel('组织名称').waitFor();
    await owner.getByLabel('人数（部门 1）').waitFor();
    await owner.getByRole('button', { name: /^删除 ?部门 2$/ }).waitFor();
    await owner.getByRole('button', { name: '添加部门' }).waitFor();
    await owner.screenshot({ path: artifactPath('admin-language-01-home-zh.png'), fullPage: true });

    // The report follows the same choice, with one switch of its own in place of the top bar's.
    await owner.getByRole('button', { name: '加载演示组织' }).click();
    const verdict = owner.getByTestId('verdict');
    await verdict.waitFor();
    await expect(verdict.textContent()).resolves.toMatch(CHINESE);
    await expect(owner.getByRole('button', { name: '简体中文' }).count()).resolves.toBe(1);
    await expect(owner.getByRole('button', { name: '简体中文' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );

    await owner.getByRole('link', { name: 'Groundwork' }).click();
    await owner.getByText(/^5 个部门，共 \d+ 人$/).waitFor();
    await owner.getByRole('link', { name: DEMO }).click();
    await owner.getByRole('heading', { name: DEMO, level: 1 }).waitFor();
    const departments = owner.getByRole('region', { name: '部门', exact: true });
    await departments.getByRole('columnheader', { name: '人数' }).waitFor();
    const campaigns = owner.getByRole('region', { name: '调查活动', exact: true });
    await campaigns.getByRole('link', { name: DEMO_CAMPAIGN }).waitFor();
    await expect(campaigns.locator('.badge').textContent()).resolves.toMatch(/^(草稿|进行中|已结束)$/);
    const newCampaign = owner.getByRole('form', { name: '新建准备度调查活动' });
    await newCampaign.getByLabel('调查活动名称').waitFor();
    await expect(newCampaign.getByLabel('问卷').locator('option').first().textContent()).resolves.toMatch(
      /（\d+ 道题）$/,
    );
    await newCampaign.getByRole('button', { name: '创建调查活动' }).waitFor();
    await owner.getByRole('heading', { name: '人员', exact: true }).waitFor();

    // Inviting a department head, in Chinese from the role list to the pending invitation.
    const invite = owner.getByRole('form', { name: '邀请成员' });
    await invite.getByLabel('邮箱地址').fill(HEAD_EMAIL);
    await invite.getByLabel('角色').selectOption({ label: '部门负责人' });
    await invite.getByText(/^部门负责人可以查看报告/).waitFor();
    await invite.getByRole('group', { name: '负责的部门' }).getByLabel('Marketing', { exact: true }).check();
    await invite.getByRole('button', { name: '生成邀请链接' }).click();
    const notice = invite.getByTestId('invitation-link');
    await notice.getByText(`${HEAD_EMAIL} 的邀请链接（部门负责人）`).waitFor();
    await expect(notice.textContent()).resolves.toContain('此链接只显示这一次');
    const link = await notice.getByLabel('邀请链接').inputValue();
    const pending = owner.getByRole('table', { name: '尚未接受的邀请' });
    await pending.getByRole('row', { name: `${HEAD_EMAIL} 部门负责人（Marketing）` }).waitFor();
    await owner.screenshot({ path: artifactPath('admin-language-02-organization-zh.png'), fullPage: true });

    const phone = await session.newPage({ viewport: { width: 390, height: 844 }, signedInLike: owner });
    await phone.goto(owner.url());
    await phone.getByRole('heading', { name: '人员', exact: true }).waitFor();
    await expectNoSidewaysScroll(phone);
    await phone.screenshot({
      path: artifactPath('admin-language-03-organization-phone.png'),
      fullPage: true,
    });
    await phone.context().close();

    // The choice is remembered on this device.
    await owner.reload();
    await owner.getByRole('heading', { name: '人员', exact: true }).waitFor();
    await expect(owner.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');

    // The invited person's own browser starts in English, and they can switch before accepting.
    const head = await session.newPage();
    await head.goto(link);
    await head.getByRole('heading', { name: `Join ${DEMO}` }).waitFor();
    await topbarSwitch(head).getByRole('button', { name: '简体中文' }).click();
    await head.getByRole('heading', { name: `加入${DEMO}` }).waitFor();
    await head.getByText(/^您受邀担任部门负责人，可以查看报告/).waitFor();
    await head.getByLabel('您的姓名').waitFor();
    await head.getByLabel('设置密码').waitFor();
    await head.getByRole('button', { name: '接受邀请并登录' }).waitFor();
    await head.screenshot({ path: artifactPath('admin-language-04-invitation-zh.png'), fullPage: true });
    await head.context().close();

    // The pages outside the organization: first start (done already), an unknown address, the password.
    await owner.goto(`${url}/setup`);
    await owner.getByRole('heading', { name: '欢迎使用 Groundwork', level: 1 }).waitFor();
    await owner.getByText('Groundwork 已完成初始设置。').waitFor();
    await owner.goto(`${url}/no-such-page`);
    await owner.getByRole('heading', { name: '页面不存在', level: 1 }).waitFor();
    await owner.getByRole('link', { name: '返回首页' }).click();
    await owner.getByRole('link', { name: '修改密码' }).click();
    await owner.getByRole('heading', { name: '修改密码', level: 1 }).waitFor();
    await owner.getByText(`当前登录：${TEST_OWNER.name}（${TEST_OWNER.email}）。`).waitFor();
    await owner.getByLabel('当前密码').waitFor();
    await owner.getByLabel('新密码').waitFor();
    await owner.screenshot({ path: artifactPath('admin-language-05-password-zh.png'), fullPage: true });

    // Signing out and in again keeps the language, on the sign-in page too.
    await owner.getByRole('button', { name: '退出登录' }).click();
    await owner.waitForURL(`${url}/login`);
    await owner.getByRole('heading', { name: '登录', level: 1 }).waitFor();
    await owner.getByText('还没有账号？').waitFor();
    await owner.screenshot({ path: artifactPath('admin-language-06-login-zh.png'), fullPage: true });
    await owner.getByLabel('邮箱地址').fill(TEST_OWNER.email);
    await owner.getByLabel('密码').fill(TEST_OWNER.password);
    await owner.getByRole('button', { name: '登录', exact: true }).click();
    await owner.getByRole('heading', { name: '组织', exact: true, level: 1 }).waitFor();

    await topbarSwitch(owner).getByRole('button', { name: 'English' }).click();
    await owner.getByRole('heading', { name: 'Organizations', level: 1 }).waitFor();
    await owner
      .getByRole('navigation', { name: 'Account' })
      .getByRole('button', { name: 'Sign out' })
      .waitFor();
    await owner.reload();
    await owner.getByRole('heading', { name: 'Organizations', level: 1 }).waitFor();
    await expect(owner.locator('html').getAttribute('lang')).resolves.toBe('en');
    await owner.screenshot({ path: artifactPath('admin-language-07-home-en.png'), fullPage: true });
    expect(session.cspViolations).toEqual([]);
  }, 300_000);
});
