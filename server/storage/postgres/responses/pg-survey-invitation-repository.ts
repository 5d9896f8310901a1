// Staff lists in PostgreSQL: one row per person (department, list order, flags as columns; the rest as a
// document), their links in person_links for lookup, and each campaign's retention. "Answered" is read
// through answered.ts, since a submission never writes the person's row (pg-submission-store.ts). Erasing a
// list, or removing it, is followed by a VACUUM, so old row versions do not keep names and addresses.

import {
  afterRemoval,
  recordDelivery,
  type SurveyInvitation,
} from '../../../domain/campaigns/survey-invitation';
import { DEFAULT_RETENTION, type StaffRetention } from '../../../domain/campaigns/staff-retention';
import type { SurveyInvitationRepository } from '../../survey-invitation-repository';
import type { PgDatabase, PgQueryable } from '../pg-database';
import { lockNames, LOCKS } from './advisory-locks';
import { addPending, answeredSql, startedSql, ticketId } from './answered';
import type { Background } from './background';
import type { CallOrder } from './call-order';
import { changeDocuments } from './change-documents';
import { holdingSharedAnswers } from './department-places';
import { foldMarks } from './marks-fold';
import { vacuum } from './vacuum';

/** A person as their row's document holds them: the flags are columns of their own. */
type PersonDoc = Omit<SurveyInvitation, 'started' | 'answered'>;

const PEOPLE_TABLES = ['survey_people', 'person_links', 'staff_retention', 'pending_spends'];

/** Selects a person as an invitation: the document, the started flag, and answered as answered.ts says. */
const PERSON = `p.doc, ${startedSql('p')} AS started, ${answeredSql('p', 'p')} AS answered`;
type PersonRow = { doc: PersonDoc; started: boolean; answered: boolean };

const toInvitation = (r: PersonRow): SurveyInvitation => ({
  ...r.doc,
  started: r.started,
  answered: r.answered,
});

function toDoc(invitation: SurveyInvitation): PersonDoc {
  const { started: _s, answered: _a, ...doc } = invitation;
  return doc;
}

/** Thrown inside the transaction before anything is added, so a refusal writes nothing. */
class BesideSharedAnswers extends Error {
  constructor(readonly departmentIds: string[]) {
    super('Departments holding shared-link answers');
  }
}

/** People who may still take a link or a delivery: listed, and their list not erased. */
const CHANGEABLE = `id = ANY($1::text[]) AND NOT removed AND NOT erased AND NOT EXISTS
  (SELECT 1 FROM staff_retention r WHERE r.campaign_id = survey_people.campaign_id AND r.erased_on IS NOT NULL)`;

async function readRetention(tx: PgQueryable, campaignId: string): Promise<StaffRetention> {
  const { rows } = await tx.query<{ days: number | null; erased_on: string | null }>(
    'SELECT days, erased_on FROM staff_retention WHERE campaign_id = $1',
    [campaignId],
  );
  const row = rows[0];
  return row ? { days: row.days, erasedOn: row.erased_on } : { ...DEFAULT_RETENTION };
}

async function writeRetention(tx: PgQueryable, campaignId: string, next: StaffRetention): Promise<void> {
  await tx.query(
    `INSERT INTO staff_retention (campaign_id, days, erased_on) VALUES ($1, $2, $3)
     ON CONFLICT (campaign_id) DO UPDATE SET days = EXCLUDED.days, erased_on = EXCLUDED.erased_on`,
    [campaignId, next.days, next.erasedOn],
  );
}

async function addToCampaign(
  tx: PgQueryable,
  campaignId: string,
  offered: SurveyInvitation[],
  reportedWith: (departmentId: string) => readonly string[],
): Promise<SurveyInvitation[]> {
  // One import of a campaign at a time (matching by email and the list order need the list as it stands),
  // holding the departments of everyone offered from the first statement on, so that no shared-link answer
  // can come in between the check and the people added, and one asked for after this call waits for it.
  const offeredUnits = offered.flatMap((i) => [i.departmentId, ...reportedWith(i.departmentId)]);
  await lockNames(tx, [
    LOCKS.people(campaignId),
    ...offeredUnits.map((d) => LOCKS.department(campaignId, d)),
  ]);
  const { rows } = await tx.query<{ email: string }>(
    'SELECT email FROM survey_people WHERE campaign_id = $1 AND email = ANY($2::text[]) AND NOT removed',
    [campaignId, offered.map((i) => i.email)],
  );
  const onList = new Set(rows.map((r) => r.email));
  const added = offered.filter((i) => {
    if (onList.has(i.email)) return false;
    onList.add(i.email);
    return true;
  });
  if (added.length === 0) return [];
  const units = new Set<string>();
  for (const i of added) for (const d of [i.departmentId, ...reportedWith(i.departmentId)]) units.add(d);
  const holding = await holdingSharedAnswers(tx, campaignId, [...units]);
  if (holding.length > 0) throw new BesideSharedAnswers(holding);
  const { rows: next } = await tx.query<{ start: string }>(
    'SELECT coalesce(max(list_order) + 1, 0) AS start FROM survey_people WHERE campaign_id = $1',
    [campaignId],
  );
  const start = Number(next[0]!.start);
  const stored = added.map((i) => ({ ...toDoc(i), campaignId }));
  await tx.query(
    `INSERT INTO survey_people (campaign_id, id, department_id, list_order, email, doc)
     SELECT $1, u.id, u.department_id, $2::bigint + u.n - 1, u.email, u.doc::jsonb
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY
       AS u(id, department_id, email, doc, n)`,
    [
      campaignId,
      start,
      stored.map((i) => i.id),
      stored.map((i) => i.departmentId),
      stored.map((i) => i.email),
      stored.map((i) => JSON.stringify(i)),
    ],
  );
  return added.map((i) => ({ ...structuredClone(i), started: false, answered: false }));
}

export function createPgSurveyInvitationRepository(
  db: PgDatabase,
  order: CallOrder,
  later: Background,
  warn: (message: string) => void,
): SurveyInvitationRepository {
  return {
    async addMany(invitations, reportedWith = (departmentId) => [departmentId]) {
      const campaigns = new Map<string, SurveyInvitation[]>();
      for (const i of invitations) campaigns.set(i.campaignId, [...(campaigns.get(i.campaignId) ?? []), i]);
      const units = invitations.flatMap((i) =>
        [i.departmentId, ...reportedWith(i.departmentId)].map((d) => LOCKS.department(i.campaignId, d)),
      );
      return order.run(units, async () => {
        const added: SurveyInvitation[] = [];
        try {
          for (const [campaignId, offered] of campaigns)
            added.push(
              ...(await db.transaction((tx) => addToCampaign(tx, campaignId, offered, reportedWith))),
            );
          return { added };
        } catch (error) {
          if (error instanceof BesideSharedAnswers) return { besideSharedAnswers: error.departmentIds };
          throw error;
        }
      });
    },
    async listByCampaign(campaignId) {
      const { rows } = await db.query<PersonRow>(
        `SELECT p.doc, ${startedSql('p', '$1')} AS started, ${answeredSql('p', 'p', '$1')} AS answered
         FROM survey_people p WHERE p.campaign_id = $1 AND NOT p.removed ORDER BY p.list_order`,
        [campaignId],
      );
      return rows.map(toInvitation);
    },
    async countByDepartment(campaignId) {
      const { rows } = await db.query<{ department_id: string; n: string }>(
        `SELECT department_id, count(*) AS n FROM survey_people WHERE campaign_id = $1 AND NOT removed
         GROUP BY department_id ORDER BY department_id`,
        [campaignId],
      );
      return Object.fromEntries(rows.map((r) => [r.department_id, Number(r.n)]));
    },
    async findByTokenHash(tokenHash) {
      const { rows } = await db.query<PersonRow>(
        `SELECT ${PERSON} FROM person_links l JOIN survey_people p ON p.id = l.person_id
         WHERE l.token_hash = $1 AND NOT p.removed`,
        [tokenHash],
      );
      return rows[0] && toInvitation(rows[0]);
    },
    remove: (id) =>
      db.transaction(async (tx) => {
        // A submission through their link right now is waited for: its spend then counts as answered.
        await lockNames(tx, [LOCKS.ticket(ticketId('p', id))]);
        const { rows } = await tx.query<PersonRow>(
          `SELECT ${PERSON} FROM survey_people p WHERE p.id = $1 AND NOT p.removed FOR UPDATE`,
          [id],
        );
        if (!rows[0]) return false;
        const person = toInvitation(rows[0]);
        const stub = person.answered ? afterRemoval({ ...person, answered: true }) : null;
        if (stub === null) await tx.query('DELETE FROM survey_people WHERE id = $1', [id]);
        else
          await tx.query(
            `UPDATE survey_people SET doc = $2::jsonb, email = '', removed = true, started = false,
             answered = true WHERE id = $1`,
            [id, JSON.stringify(toDoc(stub))],
          );
        await tx.query('DELETE FROM person_links WHERE person_id = $1', [id]);
        return true;
      }),
    issueLinks: (links) =>
      db.transaction(async (tx) => {
        const byPerson = new Map<string, string[]>();
        for (const l of links) byPerson.set(l.id, [...(byPerson.get(l.id) ?? []), l.tokenHash]);
        const given = new Set(
          await changeDocuments<PersonDoc>(
            tx,
            'survey_people',
            CHANGEABLE,
            [[...byPerson.keys()]],
            (rows) => {
              const changed = new Map<string, PersonDoc>();
              for (const { id, doc } of rows)
                changed.set(id, { ...doc, tokenHashes: [...doc.tokenHashes, ...byPerson.get(id)!] });
              return changed;
            },
          ),
        );
        const issued = links.filter((l) => given.has(l.id));
        await tx.query(
          `INSERT INTO person_links (token_hash, campaign_id, person_id)
           SELECT u.hash, p.campaign_id, p.id FROM unnest($1::text[], $2::text[]) AS u(id, hash)
           JOIN survey_people p ON p.id = u.id ON CONFLICT DO NOTHING`,
          [issued.map((l) => l.id), issued.map((l) => l.tokenHash)],
        );
        return issued.map((l) => l.id);
      }),
    async recordDeliveries(deliveries) {
      if (deliveries.length === 0) return;
      await db.transaction((tx) =>
        changeDocuments<PersonDoc>(
          tx,
          'survey_people',
          CHANGEABLE,
          [[...new Set(deliveries.map((d) => d.id))]],
          (rows) => {
            const docs = new Map(rows.map((r) => [r.id, r.doc]));
            const changed = new Map<string, PersonDoc>();
            // One after another, so two deliveries to one person in a batch add up.
            for (const d of deliveries) {
              const current = changed.get(d.id) ?? docs.get(d.id);
              if (!current) continue;
              const next = recordDelivery(
                { ...current, started: false, answered: false },
                d.kind,
                d.on,
                d.outcome,
              );
              changed.set(d.id, toDoc(next));
            }
            return changed;
          },
        ),
      );
    },
    async markStarted(id) {
      // Never the person's row (answered.ts says why): an 's:' ticket in a pending set, unless already started.
      const campaignId = await db.transaction(async (tx) => {
        const { rows } = await tx.query<{ campaign_id: string }>(
          `SELECT p.campaign_id FROM survey_people p WHERE p.id = $1 AND NOT p.removed AND NOT ${startedSql('p')}`,
          [id],
        );
        if (!rows[0]) return null;
        await addPending(tx, rows[0].campaign_id, ticketId('s', id));
        return rows[0].campaign_id;
      });
      // As after a spend: the set rewritten (or folded) so that it keeps no id of this opening.
      if (campaignId !== null) later.run('Folding started marks', () => foldMarks(db, campaignId));
    },
    async removeCampaign(campaignId) {
      await db.transaction(async (tx) => {
        await lockNames(tx, [LOCKS.people(campaignId), LOCKS.retention(campaignId)]);
        for (const table of ['survey_people', 'person_links', 'staff_retention'])
          await tx.query(`DELETE FROM ${table} WHERE campaign_id = $1`, [campaignId]);
      });
      await vacuum(db, PEOPLE_TABLES, warn);
    },
    retention: (campaignId) => readRetention(db, campaignId),
    changeRetention: (campaignId, change) =>
      db.transaction(async (tx) => {
        await lockNames(tx, [LOCKS.retention(campaignId)]);
        const current = await readRetention(tx, campaignId);
        const next = change(current);
        if (next !== current) await writeRetention(tx, campaignId, next);
        return next;
      }),
    async erase(campaignId, on) {
      const { retention, erased } = await db.transaction(async (tx) => {
        await lockNames(tx, [LOCKS.retention(campaignId)]);
        const current = await readRetention(tx, campaignId);
        if (current.erasedOn !== null) return { retention: current, erased: false };
        await tx.query(
          `UPDATE survey_people SET email = '', erased = true,
           doc = doc || '{"email": "", "name": "", "tokenHashes": [], "lastDelivery": null}'::jsonb
           WHERE campaign_id = $1`,
          [campaignId],
        );
        await tx.query('DELETE FROM person_links WHERE campaign_id = $1', [campaignId]);
        const next = { ...current, erasedOn: on };
        await writeRetention(tx, campaignId, next);
        return { retention: next, erased: true };
      });
      if (erased) await vacuum(db, PEOPLE_TABLES, warn);
      return retention;
    },
  };
}
