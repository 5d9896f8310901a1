// Personal survey invitations in the lowdb records file. Every change goes through RecordsFile.change and
// is applied to the stored records as they are at that moment, so concurrent requests never overwrite each
// other's changes. Lookups by link hash go through an index rebuilt only when links change, since every
// survey page load and submission asks it.

import {
  afterRemoval,
  recordDelivery,
  withIssuedLink,
  type SurveyInvitation,
} from '../../domain/campaigns/survey-invitation';
import type { SurveyInvitationRepository } from '../survey-invitation-repository';
import type { DepartmentPlaces } from './department-places';
import type { RecordsFile } from './records-file';
import { stripClaim, type Claimed } from './submission-claims';

/** Thrown inside a change before it changes anything, so a refusal writes nothing. */
class BesideSharedAnswers extends Error {
  constructor(readonly departmentIds: string[]) {
    super('Departments holding shared-link answers');
  }
}

export function createEmbeddedSurveyInvitationRepository(
  db: RecordsFile,
  places: DepartmentPlaces,
): SurveyInvitationRepository {
  let byHash: Map<string, string> | null = null;
  /** Where each invitation was last found in the list: checked before use, so it is never wrong, only stale. */
  const positionOf = new Map<string, number>();
  const index = () => {
    if (!byHash) {
      byHash = new Map();
      for (const invitation of db.data.surveyInvitations) {
        for (const hash of invitation.tokenHashes) byHash.set(hash, invitation.id);
      }
    }
    return byHash;
  };
  const forgetIndex = () => {
    byHash = null;
  };
  db.onReset(forgetIndex);
  const copy = (i: SurveyInvitation) => stripClaim(structuredClone(i));
  /** On the list: not what is left of someone taken off it after answering. */
  const listed = (i: SurveyInvitation) => i.removed !== true;

  /**
   * Replaces each named record by `change(record)` and returns the ids changed. An unknown id is passed
   * over: a person taken off the list while a mailing to them was being prepared or on its way.
   */
  const changeEach = <T extends { id: string }>(
    items: T[],
    change: (invitation: SurveyInvitation, item: T) => SurveyInvitation,
  ) =>
    db.change((data) => {
      if (items.length === 0) return [];
      const at = new Map(data.surveyInvitations.map((i, n) => [i.id, n]));
      const changed: string[] = [];
      for (const item of items) {
        const n = at.get(item.id);
        if (n === undefined || !listed(data.surveyInvitations[n]!)) continue;
        data.surveyInvitations[n] = change(data.surveyInvitations[n]!, item);
        changed.push(item.id);
      }
      forgetIndex();
      return changed;
    });

  return {
    async addMany(invitations, reportedWith = (departmentId) => [departmentId]) {
      try {
        return await db.change((data) => {
          const onList = new Set(
            data.surveyInvitations.filter(listed).map((i) => `${i.campaignId}\n${i.email}`),
          );
          const added = invitations.filter((i) => {
            const key = `${i.campaignId}\n${i.email}`;
            if (onList.has(key)) return false;
            onList.add(key);
            return true;
          });
          // Checked in the change that adds them, so no shared-link answer can come in between.
          const units = new Map<string, { campaignId: string; departmentId: string }>();
          for (const i of added) {
            for (const d of [i.departmentId, ...reportedWith(i.departmentId)]) {
              units.set(`${i.campaignId}\n${d}`, { campaignId: i.campaignId, departmentId: d });
            }
          }
          const holding = [...units.values()]
            .filter((u) => places.sharedAnswers(u.campaignId, [u.departmentId]) > 0)
            .map((u) => u.departmentId);
          if (holding.length > 0) throw new BesideSharedAnswers(holding);
          data.surveyInvitations.push(...structuredClone(added));
          forgetIndex();
          return { added: structuredClone(added) };
        });
      } catch (error) {
        if (error instanceof BesideSharedAnswers) return { besideSharedAnswers: error.departmentIds };
        throw error;
      }
    },
    remove: (id) =>
      db.change((data) => {
        const n = data.surveyInvitations.findIndex((i) => i.id === id && listed(i));
        if (n === -1) return false;
        const gone: Claimed<SurveyInvitation> = data.surveyInvitations[n]!;
        // A link being used right now is as good as answered: its response may be on its way.
        const left = afterRemoval({ ...gone, answered: gone.answered || gone.pendingClaim !== undefined });
        if (left === null) data.surveyInvitations.splice(n, 1);
        else {
          const kept: Claimed<SurveyInvitation> =
            gone.pendingClaim === undefined ? left : { ...left, pendingClaim: gone.pendingClaim };
          data.surveyInvitations[n] = kept;
        }
        forgetIndex();
        return true;
      }),
    async listByCampaign(campaignId) {
      return db.data.surveyInvitations.filter((i) => i.campaignId === campaignId && listed(i)).map(copy);
    },
    async countByDepartment(campaignId) {
      const counts: Record<string, number> = {};
      for (const i of db.data.surveyInvitations) {
        if (i.campaignId === campaignId && listed(i))
          counts[i.departmentId] = (counts[i.departmentId] ?? 0) + 1;
      }
      return counts;
    },
    async findByTokenHash(tokenHash) {
      const id = index().get(tokenHash);
      if (id === undefined) return undefined;
      // Every page load and submission asks this: look at the remembered place first (changes replace a
      // record where it stands), and search the list only when the list has moved since.
      const list = db.data.surveyInvitations;
      let at = positionOf.get(id);
      if (at === undefined || list[at]?.id !== id) {
        at = list.findIndex((i) => i.id === id);
        if (at !== -1) positionOf.set(id, at);
      }
      const found = at === -1 ? undefined : list[at];
      return found && copy(found);
    },
    issueLinks: (links) =>
      changeEach(links, (invitation, link) => withIssuedLink(invitation, link.tokenHash)),
    recordDeliveries: async (deliveries) => {
      await changeEach(deliveries, (invitation, d) => recordDelivery(invitation, d.kind, d.on, d.outcome));
    },
    async markStarted(id) {
      // Most page loads are of a link already opened: those need no write at all.
      if (db.data.surveyInvitations.find((i) => i.id === id)?.started !== false) return;
      await db.change((data) => {
        const n = data.surveyInvitations.findIndex((i) => i.id === id);
        const invitation = data.surveyInvitations[n];
        if (invitation && !invitation.started && listed(invitation))
          data.surveyInvitations[n] = { ...invitation, started: true };
      });
    },
  };
}
