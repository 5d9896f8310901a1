// What a crash round checks against the data directory itself: the records file and each campaign's people
// files parse, the responses in the log (each recognised by its comment), the tracking figures recounted
// from the stored people and responses, and whether each administrative change the client was told about
// (or not) is whole. The people files are read as they lie, without changing anything, even while the
// server runs (people-directory.ts).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurveyInvitation } from '../../../server/domain/campaigns/survey-invitation';
import { readCampaignPeople } from '../../../server/storage/embedded/people-directory';
import { readMarksWithoutChanging } from '../../../server/storage/embedded/respondent-marks-file';
import { TEST_OWNER } from '../../support/server-process';
import type { Burst } from './crash-burst';
import { DEPARTMENT_HEADCOUNT, send, type CampaignSetup } from './crash-setup';

/** One campaign's stored people and responses. */
export interface StoredCampaign {
  /** Everyone its people files hold, those taken off the list included (marked `removed`). */
  invitations: SurveyInvitation[];
  /**
   * People whose link is spent by a response on file: marked answered, or holding the claim of a response
   * in the log whose "answered" mark was not yet written (a start settles such a claim to answered).
   */
  answered: number;
  /** Complete response lines of the campaign's log, repeated ids (which the server ignores) left out. */
  responses: { departmentId: string; comment: string }[];
}

export interface Stored {
  /** Why records.json or a campaign's people files do not read, or null when they do. */
  recordsProblem: string | null;
  campaigns: Map<string, StoredCampaign>;
  /** How many response lines carry each comment, over all the campaigns read. */
  comments: Map<string, number>;
}

export async function readStored(dataDir: string, campaignIds: string[]): Promise<Stored> {
  const problems: string[] = [];
  try {
    JSON.parse(await readFile(join(dataDir, 'records.json'), 'utf8'));
  } catch (error) {
    problems.push(`records.json: ${(error as Error).message}`);
  }
  const peopleDir = join(dataDir, 'people');
  const campaigns = new Map<string, StoredCampaign>();
  const comments = new Map<string, number>();
  for (const campaignId of campaignIds) {
    const log = join(dataDir, 'responses', `${campaignId}.jsonl`);
    const text = await readFile(log, 'utf8').catch(() => '');
    const ids = new Set<string>();
    const claims = new Set<string>();
    const responses: StoredCampaign['responses'] = [];
    for (const line of text.split('\n')) {
      let record: { id: string; departmentId: string; claim: string | null; answers: { comment?: string } };
      try {
        record = JSON.parse(line);
      } catch {
        continue; // the empty string after the last newline, or a line the kill tore (cut off at start)
      }
      if (ids.has(record.id)) continue;
      ids.add(record.id);
      if (record.claim) claims.add(record.claim);
      const comment = record.answers.comment ?? '';
      responses.push({ departmentId: record.departmentId, comment });
      comments.set(comment, (comments.get(comment) ?? 0) + 1);
    }
    let invitations: SurveyInvitation[] = [];
    let answered = 0;
    try {
      invitations = await readCampaignPeople(peopleDir, campaignId);
      // Answered, or holding the claim of a response on file (settled to answered at the next start), from
      // one read of the marks: the running server may be turning a claim into "answered" meanwhile, and two
      // reads could see a person in neither state. A claim is only ever put on someone not yet answered.
      for (const marks of readMarksWithoutChanging(join(peopleDir, `${campaignId}.marks`)).values()) {
        if (marks.answered || (marks.claim !== null && claims.has(marks.claim))) answered++;
      }
    } catch (error) {
      problems.push(`the people files of ${campaignId}: ${(error as Error).message}`);
    }
    campaigns.set(campaignId, { invitations, answered, responses });
  }
  return { recordsProblem: problems.length === 0 ? null : problems.join('; '), campaigns, comments };
}

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/**
 * The campaign page's tracking figures against a recount from the stored people and responses. Without a
 * staff list, a department's headcount is the organization's (DEPARTMENT_HEADCOUNT).
 */
export async function checkTracking(
  base: string,
  cookie: string,
  campaignId: string,
  stored: StoredCampaign,
  when: string,
): Promise<string[]> {
  const reply = await send(base, cookie, 'GET', `/api/campaigns/${campaignId}`);
  if (reply.status !== 200) return [`${when}: the campaign answered ${reply.status}`];
  const progress = JSON.parse(reply.text).progress as {
    responses: number;
    invited: number;
    departments: {
      departmentId: string;
      name: string;
      headcount: number;
      invited: number;
      responses: number | null;
    }[];
  };
  const responses = countBy(stored.responses, (r) => r.departmentId);
  const onList = stored.invitations.filter((i) => i.removed !== true);
  const listed = countBy(onList, (i) => i.departmentId);
  const problems: string[] = [];
  const differ = (what: string, shown: number, recounted: number) => {
    if (shown !== recounted)
      problems.push(`${when}: ${what} shows ${shown}, the stored data gives ${recounted}`);
  };
  differ('responses', progress.responses, stored.responses.length);
  differ('invited', progress.invited, onList.length);
  for (const d of progress.departments) {
    // A group below the minimum is withheld (null): there is nothing shown to compare.
    if (d.responses !== null) differ(`${d.name} responses`, d.responses, responses.get(d.departmentId) ?? 0);
    differ(`${d.name} invited`, d.invited, listed.get(d.departmentId) ?? 0);
    const headcount = listed.size > 0 ? (listed.get(d.departmentId) ?? 0) : DEPARTMENT_HEADCOUNT;
    differ(`${d.name} headcount`, d.headcount, headcount);
  }
  return problems;
}

async function signsIn(base: string, password: string): Promise<boolean> {
  const reply = await send(base, '', 'POST', '/api/session', { email: TEST_OWNER.email, password });
  if (reply.status !== 200 && reply.status !== 401)
    throw new Error(`Sign-in answered ${reply.status}: ${reply.text}`);
  return reply.status === 200;
}

export type ImportOutcome =
  | 'acknowledged and kept'
  | 'not acknowledged, kept whole'
  | 'not acknowledged, absent'
  | 'not sent'
  | 'broken';

/** Each administrative change: kept when acknowledged, whole or absent when not. */
export async function checkChanges(
  base: string,
  setup: CampaignSetup,
  burst: Burst,
  stored: Stored,
): Promise<{ lost: number; importOutcome: ImportOutcome; problems: string[] }> {
  const problems: string[] = [];
  let lost = 0;

  const emails = countBy(
    stored.campaigns.get(setup.campaignId)!.invitations.filter((i) => i.removed !== true),
    (i) => i.email,
  );
  const repeated = [...emails].filter(([, n]) => n > 1);
  if (repeated.length > 0) problems.push(`${repeated.length} people are on the list more than once`);
  const imported = burst.importEmails.filter((e) => emails.has(e)).length;
  let importOutcome: ImportOutcome;
  if (burst.importAcknowledged) {
    importOutcome = imported === burst.importEmails.length ? 'acknowledged and kept' : 'broken';
    if (imported < burst.importEmails.length) {
      lost++;
      problems.push(`the acknowledged import of ${burst.importEmails.length} kept ${imported}`);
    }
  } else if (imported === 0) {
    importOutcome = burst.importSent ? 'not acknowledged, absent' : 'not sent';
  } else if (imported === burst.importEmails.length) {
    importOutcome = 'not acknowledged, kept whole';
  } else {
    importOutcome = 'broken';
    problems.push(`an interrupted import of ${burst.importEmails.length} kept ${imported}: half a change`);
  }

  const campaign = JSON.parse(
    (await send(base, setup.cookie, 'GET', `/api/campaigns/${setup.campaignId}`)).text,
  );
  const acked = burst.renamesAcknowledged;
  const held = acked === 0 ? setup.campaignName : burst.renames[acked - 1]!;
  // The rename after the last acknowledged one may have been in flight: it may or may not have been kept.
  const allowed = [held, ...(burst.renames.length > acked ? [burst.renames[acked]!] : [])];
  if (!allowed.includes(campaign.campaign.name)) {
    if (acked > 0) lost++;
    problems.push(
      `the campaign is named "${campaign.campaign.name}"; expected one of ${JSON.stringify(allowed)}`,
    );
  }

  const newWorks = await signsIn(base, burst.newPassword);
  const oldWorks = await signsIn(base, TEST_OWNER.password);
  if (burst.passwordAcknowledged && !newWorks) {
    lost++;
    problems.push('the acknowledged password change was lost: the new password does not sign in');
  }
  if (newWorks && oldWorks) problems.push('both the old and the new password sign in');
  if (!newWorks && !oldWorks) problems.push('neither the old nor the new password signs in');
  if (!burst.passwordSent && newWorks) problems.push('a password change never sent took effect');
  return { lost, importOutcome, problems };
}
