// Personal survey invitations in the lowdb records file. Every change goes through RecordsFile.change and
// is applied to the stored records as they are at that moment, so concurrent requests never overwrite each
// other's changes. Lookups by link hash go through an index rebuilt only when links change, since every
// survey page load and submission asks it.

import { recordDelivery, withIssuedLink, type SurveyInvitation } from '../../domain/survey-invitation';
import type { SurveyInvitationRepository } from '../survey-invitation-repository';
import type { RecordsFile } from './records-file';
import { stripClaim } from './submission-claims';

export function createEmbeddedSurveyInvitationRepository(db: RecordsFile): SurveyInvitationRepository {
  let byHash: Map<string, string> | null = null;
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
        if (n === undefined) continue;
        data.surveyInvitations[n] = change(data.surveyInvitations[n]!, item);
        changed.push(item.id);
      }
      forgetIndex();
      return changed;
    });

  return {
    addMany: (invitations) =>
      db.change((data) => {
        const listed = new Set(data.surveyInvitations.map((i) => `${i.campaignId}\n${i.email}`));
        const added = invitations.filter((i) => {
          const key = `${i.campaignId}\n${i.email}`;
          if (listed.has(key)) return false;
          listed.add(key);
          return true;
        });
        data.surveyInvitations.push(...structuredClone(added));
        forgetIndex();
        return structuredClone(added);
      }),
    remove: (id) =>
      db.change((data) => {
        const before = data.surveyInvitations.length;
        data.surveyInvitations = data.surveyInvitations.filter((i) => i.id !== id);
        forgetIndex();
        return data.surveyInvitations.length < before;
      }),
    async listByCampaign(campaignId) {
      return db.data.surveyInvitations.filter((i) => i.campaignId === campaignId).map(copy);
    },
    async countByDepartment(campaignId) {
      const counts: Record<string, number> = {};
      for (const i of db.data.surveyInvitations) {
        if (i.campaignId === campaignId) counts[i.departmentId] = (counts[i.departmentId] ?? 0) + 1;
      }
      return counts;
    },
    async findByTokenHash(tokenHash) {
      const id = index().get(tokenHash);
      const found = id === undefined ? undefined : db.data.surveyInvitations.find((i) => i.id === id);
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
        if (invitation && !invitation.started) data.surveyInvitations[n] = { ...invitation, started: true };
      });
    },
  };
}
