// One race of two writers of a campaign, and what is checked after it: each change the server acknowledged is
// in the final state, live and after a restart; a change it refused left nothing behind; the restart reads back
// exactly what was live; and tracking counts the staff list as it stands.

import { expect } from 'vitest';
import { loadQuestionnaires } from '../../../server/load-questionnaires';
import type { Questionnaire } from '../../../server/domain/instrument/questionnaire';
import { restartTestApp } from '../../fixtures/restart-test-app';
import { startTestApp } from '../../fixtures/test-app';
import {
  createKeepingMailer,
  prepareRace,
  PUBLIC_URL,
  readState,
  type CampaignState,
  type Phase,
  type WriterSpec,
} from './campaign-writers';
import { startTogether } from './start-together';

let questionnaires: Map<string, Questionnaire> | undefined;

/** The phase a round starts in: one both writers can succeed in, else each in turn (one is then refused). */
function phaseOf(a: WriterSpec, b: WriterSpec, round: number): Phase {
  const shared = a.phases.filter((p) => b.phases.includes(p));
  const choices: Phase[] = shared.length > 0 ? shared : ['draft', 'open'];
  return choices[round % choices.length]!;
}

/** The tracking figures of each reported group, and what a recount of the staff list gives for them. */
function countsShownAndRecounted(s: CampaignState) {
  const unitOf = new Map(s.campaign.reportingGroups.flatMap((g) => g.departmentIds.map((d) => [d, g.id])));
  const recount = new Map<string, number>();
  for (const p of s.staff) {
    const unit = unitOf.get(p.departmentId) ?? p.departmentId;
    recount.set(unit, (recount.get(unit) ?? 0) + 1);
  }
  const shown = s.progress.map((u) => [u.departmentId, u.headcount, u.invited]);
  const recounted = s.progress.map((u) => [
    u.departmentId,
    recount.get(u.departmentId) ?? 0,
    recount.get(u.departmentId) ?? 0,
  ]);
  return {
    shown,
    recounted,
    unlisted: [...recount.keys()].filter((u) => !s.progress.some((p) => p.departmentId === u)),
  };
}

const summary = ({ campaign, staff, invitations }: CampaignState) => ({ campaign, staff, invitations });

/**
 * Races `a` against `b` once on a fresh campaign and checks the outcome, live and after a restart. `start`
 * decides how the two requests are started (by default as round `round` of startTogether); `variants` which
 * data each writer uses (by default the first, and the second when a writer races itself).
 */
export async function raceCampaignWriters(
  aSpec: WriterSpec,
  bSpec: WriterSpec,
  round: number,
  { start = startTogether, variants = [0, aSpec === bSpec ? 1 : 0] } = {} as {
    start?: typeof startTogether;
    variants?: [number, number];
  },
) {
  questionnaires ??= await loadQuestionnaires();
  const mailer = createKeepingMailer();
  const t = await startTestApp(questionnaires, {}, { mail: { mailer, perMinute: 0 }, publicUrl: PUBLIC_URL });
  let restarted: Awaited<ReturnType<typeof restartTestApp>> | undefined;
  try {
    const phase = phaseOf(aSpec, bSpec, round);
    const context = await prepareRace(t, mailer, phase);
    const a = aSpec.make(context, variants[0]);
    const b = bSpec.make(context, variants[1]);
    const { replies, how } = await start(a.start, b.start, round);
    const [replyA, replyB] = replies;
    for (const w of [a, b]) await w.settle?.();
    const live = await readState(t.call, t.storage, context.setup.campaign.id);
    restarted = await restartTestApp(t);
    const afterRestart = await readState(restarted.call, restarted.storage, context.setup.campaign.id);

    const label = `${aSpec.name} (${replyA.status}) racing ${bSpec.name} (${replyB.status}), ${phase}, ${how}`;
    for (const [when, s] of [
      ['live', live],
      ['after a restart', afterRestart],
    ] as const) {
      const seen = `${label}, ${when}: ${JSON.stringify({
        status: s.campaign.status,
        name: s.campaign.name,
        minGroupSize: s.campaign.minGroupSize,
        groups: s.campaign.reportingGroups.map((g) => g.name),
        listed: s.staff.length,
      })}`;
      for (const [spec, w, reply] of [
        [aSpec, a, replyA],
        [bSpec, b, replyB],
      ] as const) {
        if (reply.status === w.acknowledged) {
          expect(w.holds(s), `${spec.name} was acknowledged but is missing: ${seen}`).toBe(true);
        } else {
          expect(reply.status, `${spec.name} answered ${JSON.stringify(reply.body)}: ${seen}`).toBe(409);
          expect(w.untouched(s), `${spec.name} was refused but left a change: ${seen}`).toBe(true);
        }
      }
      const counts = countsShownAndRecounted(s);
      expect(counts.shown, `tracking counts against the list: ${seen}`).toEqual(counts.recounted);
      expect(counts.unlisted, `departments tracking leaves out: ${seen}`).toEqual([]);
    }
    expect(summary(afterRestart), `${label}: what a restart reads back`).toEqual(summary(live));
    expect(restarted.warnings, `${label}: what the restart warned about`).toEqual([]);
  } finally {
    if (restarted) await restarted.close();
    else await t.close();
  }
}
