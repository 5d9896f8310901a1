// The loop the report advises, in a real browser: wave 1 says "Pilot first" and names a pilot pair; the plan
// takes up the pilot; the next wave asks the pilot pair and a comparison department; in it the pilot pair
// improved and the comparison did not, and the second report says the pilot worked, in English and Chinese.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../server/domain/campaigns/campaign';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { buildSeedCase, DEFAULT_SEED } from '../scenarios/seed-cases';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { seedVerdictCase } from '../support/seed-verdict-case';
import { callApi } from '../support/server-process';
import { createOwner } from './create-owner';

// README_SHOTS=docs/screenshots keeps the README's pictures of the pilot's evaluation.
const shot = (name: string) =>
  process.env.README_SHOTS ? join(process.env.README_SHOTS, name) : artifactPath(name);

describe.skipIf(!hasChromium)('the pilot loop in the browser', () => {
  const session = useBrowserSession();

  it('pilots what wave 1 advised, asks the pilot pair and a comparison group again, and shows the pilot worked', async () => {
    const url = session.server.url;
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, url);
    const cookie = `gw_session=${(await page.context().cookies()).find((c) => c.name === 'gw_session')!.value}`;
    const api = async (method: string, path: string, body?: unknown) => {
      const reply = await callApi(session.server, cookie, method, path, body);
      expect(reply.status, `${method} ${path}: ${JSON.stringify(reply.body)}`).toBeLessThan(300);
      return reply.body;
    };

    // Wave 1: Pilot first, with a pilot pair proposed.
    const first = await seedVerdictCase(session.server, cookie, 'product-only-pilot');
    const report = await api('GET', `/api/campaigns/${first.campaignId}/report`);
    expect(report.decision.verdict).toBe('pilot-first');
    const advice = report.recommendations.find((r: { id: string }) => r.id === 'mvp-pilot');
    expect(advice.departmentIds).toHaveLength(2);
    const nameOf = (id: string) =>
      report.departments.find((d: { departmentId: string }) => d.departmentId === id).name;
    const pair = advice.departmentIds.map(nameOf) as string[];

    // The plan takes the pilot up, from the recommendation, on the report page.
    await page.goto(`${url}/campaigns/${first.campaignId}/report`);
    const plan = page.getByRole('region', { name: 'Action plan' });
    await plan.waitFor();
    await plan.getByLabel('Recommendation').selectOption({ label: advice.title.en });
    await plan.getByLabel('Due', { exact: true }).fill('2026-06-30');
    await plan.getByRole('button', { name: 'Add', exact: true }).click();
    await plan.getByTestId('action-progress').getByText('0 of 1 done').waitFor();
    const actions = (await api('GET', `/api/organizations/${first.organizationId}/action-plan`)).actions;
    expect(actions[0]).toMatchObject({ recommendationId: 'mvp-pilot', campaignId: first.campaignId });
    expect([...actions[0].departmentIds].sort()).toEqual([...advice.departmentIds].sort());

    // Wave 2, made from wave 1 on its campaign page: the pilot pair and one comparison department.
    await api('POST', `/api/campaigns/${first.campaignId}/close`);
    const comparison = report.departments.find(
      (d: { departmentId: string; hidden: boolean }) =>
        !advice.departmentIds.includes(d.departmentId) && !d.hidden,
    );
    await page.goto(`${url}/campaigns/${first.campaignId}`);
    const next = page.getByRole('region', { name: 'Survey again: the next wave' });
    await next.waitFor();
    await next.getByLabel('Name of the next wave').fill('Pilot review');
    await next.getByLabel('Chosen departments (a pilot pair and a comparison group, say)').check();
    const choice = next.getByRole('group', {
      name: 'Chosen departments (a pilot pair and a comparison group, say)',
    });
    for (const name of [...pair, comparison.name]) await choice.getByLabel(name, { exact: true }).check();
    await next.getByRole('button', { name: 'Make the next wave' }).click();
    await next.getByTestId('next-wave-made').getByRole('link', { name: 'Open it' }).click();
    await page.getByRole('heading', { name: 'Pilot review' }).waitFor();
    const secondId = page.url().split('/').pop()!;
    const second = (await api('POST', `/api/campaigns/${secondId}/open`)) as Campaign;
    expect(second).toMatchObject({ scope: 'departments', previousWaveId: first.campaignId });

    // Answers of wave 2: fresh people drawn as wave 1's were; the pilot pair more favourable on
    // participation and goal breakdown (a point on every such item), the comparison department as before.
    const v2 = (await loadQuestionnaires()).get('readiness-okr-2')!;
    const items = new Map(
      v2.questions
        .filter((q) => q.role === 'likert')
        .map((q) => [q.id, { scale: q.scale ?? '', reverse: q.reverse }]),
    );
    const organization = await api('GET', `/api/organizations/${first.organizationId}`);
    const realId = (name: string) =>
      organization.departments.find((d: { name: string }) => d.name === name).id;
    const seeded = buildSeedCase('product-only-pilot', DEFAULT_SEED + 1, v2);
    const seededName = new Map(seeded.organization.departments.map((d) => [d.id, d.name]));
    for (const response of seeded.responses) {
      const name = seededName.get(response.departmentId)!;
      if (![...pair, comparison.name].includes(name)) continue;
      const lifted = pair.includes(name);
      const answers: Record<string, unknown> = {};
      for (const [id, value] of Object.entries(response.answers)) {
        const item = items.get(id);
        const moves =
          lifted && item && /^(participation|breakdown)\./.test(item.scale) && typeof value === 'number';
        answers[id] = !moves ? value : item.reverse ? Math.max(1, value - 1) : Math.min(5, value + 1);
      }
      // Whom a department depends on names departments of this wave only.
      if (Array.isArray(answers.depends_on)) {
        answers.depends_on = (answers.depends_on as string[])
          .map((id) => realId(seededName.get(id)!))
          .filter((id) => second.departmentIds.includes(id));
      }
      const link = second.links.find((l) => l.departmentId === realId(name))!;
      await api('POST', `/api/survey/${link.token}/responses`, { answers, language: response.language });
    }

    await page.goto(`${url}/campaigns/${secondId}/report`);
    await expect(page.getByTestId('summary-scope').textContent()).resolves.toContain('only');
    const waves = page.getByRole('region', { name: 'Across waves' });
    await waves.waitFor();
    const pilot = waves.getByRole('region', { name: 'Did the pilot work?' });
    await pilot.waitFor();
    await pilot
      .getByText('Widen the rollout: the pilot departments improved credibly more than the others.')
      .waitFor();
    for (const name of pair) await expect(pilot.textContent()).resolves.toContain(name);
    await waves.screenshot({ path: artifactPath('pilot-loop-en.png') });
    await pilot.screenshot({ path: shot('pilot-evaluation-en.png') });

    await page.getByRole('button', { name: '简体中文' }).click();
    const zh = page.getByRole('region', { name: '试点是否有效？' });
    await zh.getByText('扩大推行范围：试点部门的提升明显大于其他部门。').waitFor();
    await zh.screenshot({ path: shot('pilot-evaluation-zh.png') });
  });
});
