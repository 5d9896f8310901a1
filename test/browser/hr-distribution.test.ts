// The HR story in a real browser against the real server and a real SMTP server on loopback: import a staff
// list of 40 people in 4 departments (Legal has 3), see the disclosure preview flag Legal and merge it into
// a reporting group, open the campaign, email the invitations, 25 people answer through their emailed links
// while the tracking page updates by itself, reminders reach exactly the 15 who have not answered, the
// campaign closes, and a late answer is refused.

import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from '../support/test-smtp-server';
import { answerSurvey } from './answer-survey';
import { createOwner } from './create-owner';
// The form's first questionnaire is version 2, what new campaigns use.
import { scoreableV2 } from '../fixtures/campaign-on-v2';
import { CORRECT_ANSWERS } from '../fixtures/answers';

const DEPARTMENTS = { Sales: 14, Engineering: 13, Finance: 10, Legal: 3 } as const;

/** The staff list HR exports from their spreadsheet: semicolons, a BOM, one Chinese speaker per department. */
function staffCsv(): string {
  const rows = Object.entries(DEPARTMENTS).flatMap(([department, count]) =>
    Array.from({ length: count }, (_, i) => {
      const email = `${department.toLowerCase()}${i + 1}@northwind.example`;
      return `${email};${department} Person ${i + 1};${department};${i === 0 ? '中文' : 'English'}`;
    }),
  );
  return '\uFEFF' + ['Email;Name;Department;Language', ...rows].join('\r\n') + '\r\n';
}

interface QuestionInfo {
  name: string;
  role?: string;
}

/** Answers like someone who mostly agrees and knows what OKRs are: enough for a complete response. */
async function agreeingChooser(link: string) {
  const survey = (await (await fetch(link.replace('/s/', '/api/survey/'))).json()) as {
    questionnaire: { pages: { elements: QuestionInfo[] }[] };
  };
  const questions = new Map(survey.questionnaire.pages.flatMap((p) => p.elements).map((q) => [q.name, q]));
  return (name: string) => {
    const q = questions.get(name);
    if (q?.role === 'knowledge') return CORRECT_ANSWERS.get(name) as string | undefined;
    return q?.role === 'likert' ? 4 : undefined;
  };
}

const linkIn = (mail: ReceivedMail) => /https?:\/\/\S+\/s\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[0];

describe.skipIf(!hasChromium)('HR distribution story in the browser', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  const session = useBrowserSession({ env: () => ({ SMTP_URL: smtp.url, MAIL_PER_MINUTE: '0' }) });

  it('takes HR from a staff list to a closed campaign, emailing links and reminders', async () => {
    const url = session.server.url;
    const admin = await session.newPage();
    await createOwner(admin, url);

    // An organization of four departments and a draft campaign.
    await admin.getByLabel('Organization name').fill('Northwind Trading');
    for (const [i, [name, count]] of Object.entries(DEPARTMENTS).entries()) {
      if (i > 0) await admin.getByRole('button', { name: 'Add a department' }).click();
      await admin.getByLabel(`Department ${i + 1}`, { exact: true }).fill(name);
      await admin.getByLabel(`Headcount of department ${i + 1}`).fill(String(count));
    }
    await admin.getByRole('button', { name: 'Create organization' }).click();
    await admin.getByRole('heading', { name: 'Northwind Trading' }).waitFor();
    await admin.getByLabel('Campaign name').fill('Readiness 2027');
    await admin.getByRole('button', { name: 'Create campaign' }).click();
    await admin.getByRole('heading', { name: 'Readiness 2027' }).waitFor();

    // A stricter minimum than the default, set while the campaign is a draft.
    await admin.getByLabel('Minimum group size').fill('6');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByText('minimum group size 6').waitFor();

    // A list with a misspelt department: the check names the line, in the reader's language, and nothing can
    // be imported until the file is fixed.
    await admin
      .getByLabel('Or paste the list here')
      .fill('email,department\nann@northwind.example,Sales\nbo@northwind.example,Legl');
    await admin.getByRole('button', { name: 'Check the list' }).click();
    await admin.getByText(/Line 3: There is no department called "Legl"/).waitFor();
    await admin.getByRole('button', { name: '简体中文' }).click();
    await admin.getByText(/第 3 行/).waitFor();
    await admin
      .getByRole('region', { name: '员工名单' })
      .screenshot({ path: artifactPath('hr-00-staff-problem-zh.png') });
    await admin.getByRole('button', { name: 'English' }).click();
    await admin.getByLabel('Or paste the list here').fill('');

    // Import the staff list: preview first, nothing saved until HR confirms.
    await admin.locator('input[type="file"]').setInputFiles({
      name: 'staff.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(staffCsv(), 'utf8'),
    });
    await admin.getByRole('button', { name: 'Check the list' }).click();
    await admin.getByRole('button', { name: 'Import 40 people' }).click();
    await admin.getByText(/40 people are on the list/).waitFor();

    // The disclosure preview flags Legal: 3 people can never reach the minimum group size of 6.
    const legal = admin.locator('tr[data-disclosure]', { hasText: 'Legal' });
    await expect(legal.getAttribute('data-disclosure')).resolves.toBe('hidden');
    await admin.screenshot({ path: artifactPath('hr-01-draft-preview.png'), fullPage: true });
    await admin
      .getByRole('region', { name: 'Who the reports will show' })
      .screenshot({ path: artifactPath('hr-01a-disclosure.png') });

    // Merge Legal with Finance into one reporting group; the group is shown.
    const groups = admin.getByRole('region', { name: 'Reporting groups' });
    await groups.getByLabel('Finance', { exact: true }).check();
    await groups.getByLabel('Legal', { exact: true }).check();
    await groups.getByLabel('Name of the group').fill('Finance & Legal');
    await groups.getByRole('button', { name: 'Merge' }).click();
    const merged = admin.locator('tr[data-disclosure]', { hasText: 'Finance & Legal' });
    await merged.waitFor();
    await expect(merged.getAttribute('data-disclosure')).resolves.toBe('shown');
    await expect(admin.locator('tr[data-disclosure]', { hasText: /^Legal/ }).count()).resolves.toBe(0);

    // Open, then email the invitations.
    await admin.getByRole('button', { name: 'Open the campaign for responses' }).click();
    await admin.getByTestId('campaign-phase').filter({ hasText: 'Open' }).waitFor();
    await admin.getByRole('button', { name: 'Send invitations to 40 people' }).click();
    await admin.getByText(/Invitations sent: 40 of 40/).waitFor({ timeout: 60_000 });
    const invitations = await smtp.waitForMessages(40);
    expect(new Set(invitations.map((m) => m.to.join(',')))).toHaveProperty('size', 40);
    const linkOf = new Map(invitations.map((m) => [m.to[0]!, linkIn(m)!]));
    expect([...linkOf.values()].every((l) => l.startsWith(`${url}/s/`))).toBe(true);
    const chinese = invitations.find((m) => m.to[0] === 'sales1@northwind.example')!;
    expect(chinese.text).toContain('您好');
    await admin.screenshot({ path: artifactPath('hr-02-invitations-sent.png'), fullPage: true });
    await admin.getByText('Edit the email texts').click();
    await admin
      .getByRole('region', { name: 'Invitations and reminders' })
      .screenshot({ path: artifactPath('hr-02a-email-texts.png') });
    await admin.getByText('Edit the email texts').click();

    // 25 people answer through their emailed links: one in this browser, the rest as the page would.
    const everyone = [...linkOf.keys()].sort();
    const answering = everyone.filter((_, i) => i % 8 !== 0).slice(0, 25);
    const waiting = everyone.filter((e) => !answering.includes(e));
    expect(waiting).toHaveLength(15);
    // One of those who will not have answered yet gets half way through the first page's questions and stops.
    const halfway = await session.newPage();
    await halfway.goto(linkOf.get(waiting[0]!)!);
    const firstQuestions = halfway.locator('.sd-question[data-name]');
    await firstQuestions.first().waitFor();
    const firstPage = await firstQuestions.evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-name')!),
    );
    const chooseFor = await agreeingChooser(linkOf.get(waiting[0]!)!);
    for (const name of firstPage) {
      const value = chooseFor(name);
      if (value !== undefined) {
        await halfway
          .locator(`.sd-question[data-name="${name}"] input[value="${value}"]`)
          .dispatchEvent('click');
      }
    }
    await halfway.getByRole('button', { name: 'Next' }).click();
    await halfway.locator(`.sd-question[data-name="${firstPage[0]}"]`).waitFor({ state: 'detached' });

    // From here the page only polls the tracking figures, never the whole campaign with its preview.
    const polled: string[] = [];
    admin.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.method() === 'GET' && path.startsWith('/api/campaigns/')) polled.push(path);
    });
    const respondent = await session.newPage();
    await respondent.goto(linkOf.get(answering[0]!)!);
    await respondent.locator('.sd-question').first().waitFor();
    await respondent.screenshot({ path: artifactPath('hr-03-personal-survey.png'), fullPage: true });
    // The survey promises this campaign's own minimum, not a number written into the questionnaire.
    await respondent.getByText(/groups of at least 6 people, nobody sees/).waitFor();
    await answerSurvey(respondent, await agreeingChooser(linkOf.get(answering[0]!)!));
    await respondent.getByRole('heading', { name: /Thank you|谢谢/ }).waitFor();
    for (const email of answering.slice(1)) {
      const token = linkOf.get(email)!.split('/s/')[1]!;
      expect((await fetch(`${url}/api/survey/${token}`)).status).toBe(200);
      const reply = await fetch(`${url}/api/survey/${token}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: scoreableV2({ pay_fair: 4 }) }),
      });
      expect(reply.status).toBe(201);
    }

    // The tracking page updates by itself, without Refresh.
    await admin.getByTestId('total-responses').filter({ hasText: /^25$/ }).waitFor({ timeout: 30_000 });
    expect(polled.filter((path) => path.endsWith('/progress')).length).toBeGreaterThan(0);
    expect(polled.filter((path) => /^\/api\/campaigns\/[^/]+$/.test(path))).toEqual([]);
    await expect(admin.getByTestId('overall-progress').textContent()).resolves.toContain(
      'of 40 people answered (63%)',
    );
    await admin.screenshot({ path: artifactPath('hr-04-tracking.png'), fullPage: true });
    await admin
      .getByRole('region', { name: 'Response tracking' })
      .screenshot({ path: artifactPath('hr-04a-tracking-section.png') });

    // Reminders reach exactly the 15 who have not answered.
    await admin.getByRole('button', { name: 'Send reminders to everyone who has not answered' }).click();
    await admin.getByText(/Reminders sent: 15 of 15/).waitFor({ timeout: 60_000 });
    const reminders = (await smtp.waitForMessages(55)).slice(40);
    expect(reminders.map((m) => m.to[0]).sort()).toEqual(waiting);

    // The person who stopped half way opens the reminder on the same device and carries on where they were.
    const reminderLink = linkIn(reminders.find((m) => m.to[0] === waiting[0])!)!;
    expect(reminderLink).not.toBe(linkOf.get(waiting[0]!));
    await halfway.goto(reminderLink);
    await halfway.getByText(/Welcome back|欢迎回来/).waitFor();
    await halfway.locator('.sd-question[data-name]').first().waitFor();
    const resumedOn = await halfway.locator('.sd-question[data-name]').first().getAttribute('data-name');
    expect(firstPage).not.toContain(resumedOn);
    await halfway.screenshot({ path: artifactPath('hr-05a-resumed-from-reminder.png') });

    // Someone who already answered and opens their link again is told so, not shown the survey.
    const again = await session.newPage();
    await again.goto(linkOf.get(answering[3]!)!);
    await again.getByText(/already answered this survey|已通过个人专属链接完成/).waitFor();

    // Close; a late answer through a reminder link is refused, and the page says the survey has closed.
    await admin.getByRole('button', { name: 'Close the campaign' }).click();
    await admin.getByTestId('campaign-phase').filter({ hasText: 'Closed' }).waitFor();
    const lateLink = linkIn(reminders[0]!)!;
    const late = await fetch(`${lateLink.replace('/s/', '/api/survey/')}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: scoreableV2({ pay_fair: 2 }) }),
    });
    expect(late.status).toBe(409);
    const latecomer = await session.newPage();
    await latecomer.goto(lateLink);
    await latecomer.getByText(/This survey has closed|本调查已结束/).waitFor();
    await latecomer.screenshot({ path: artifactPath('hr-05-late-refused.png') });
    await admin.screenshot({ path: artifactPath('hr-06-closed.png'), fullPage: true });

    // The same page in Simplified Chinese.
    await admin.getByRole('button', { name: '简体中文' }).click();
    await admin.getByRole('heading', { name: '回复进度' }).waitFor();
    await admin.getByRole('heading', { name: '邀请与提醒' }).waitFor();
    await admin.screenshot({ path: artifactPath('hr-07-closed-zh.png'), fullPage: true });
    await admin.getByRole('button', { name: 'English' }).click();
    expect(session.cspViolations).toEqual([]);
  }, 600_000);
});
