// Personal survey invitations in the lowdb records file. Each operation changes the stored record in place
// before its first await, so concurrent requests never overwrite each other's changes. Lookups by link hash
// go through an index rebuilt only when links change, since every survey page load and submission asks it.

import { recordDelivery, withIssuedLink, type SurveyInvitation } from '../../domain/survey-invitation';
import type { SurveyInvitationRepository } from '../survey-invitation-repository';
import { coalescedWriter, type RecordsFile } from './records-file';

export function createEmbeddedSurveyInvitationRepository(db: RecordsFile): SurveyInvitationRepository {
  // Opening a link and submitting are the respondents' hot path: their writes are shared.
  const save = coalescedWriter(db);
  let byHash: Map<string, SurveyInvitation> | null = null;
  const index = () => {
    if (!byHash) {
      byHash = new Map();
      for (const invitation of db.data.surveyInvitations) {
        for (const hash of invitation.tokenHashes) byHash.set(hash, invitation);
      }
    }
    return byHash;
  };
  const positions = () => new Map(db.data.surveyInvitations.map((i, n) => [i.id, n]));
  /**
   * Replaces each named record by `change(record)`. An unknown id refuses the whole batch, or with `skip`
   * is passed over (a person taken off the list while their email was on its way).
   */
  const changeEach = async <T extends { id: string }>(
    items: T[],
    change: (invitation: SurveyInvitation, item: T) => SurveyInvitation,
    unknown: 'refuse' | 'skip' = 'refuse',
  ) => {
    if (items.length === 0) return;
    const at = positions();
    const missing = items.find((i) => !at.has(i.id));
    if (missing && unknown === 'refuse') throw new Error(`No survey invitation ${missing.id}`);
    for (const item of items) {
      const n = at.get(item.id);
      if (n === undefined) continue;
      db.data.surveyInvitations[n] = change(db.data.surveyInvitations[n]!, item);
    }
    byHash = null;
    await db.write();
  };
  const find = (id: string) => db.data.surveyInvitations.find((i) => i.id === id);

  return {
    async addMany(invitations) {
      if (invitations.length === 0) return;
      db.data.surveyInvitations.push(...structuredClone(invitations));
      byHash = null;
      await db.write();
    },
    async remove(id) {
      const before = db.data.surveyInvitations.length;
      db.data.surveyInvitations = db.data.surveyInvitations.filter((i) => i.id !== id);
      if (db.data.surveyInvitations.length === before) return false;
      byHash = null;
      await db.write();
      return true;
    },
    async listByCampaign(campaignId) {
      return structuredClone(db.data.surveyInvitations.filter((i) => i.campaignId === campaignId));
    },
    async findByTokenHash(tokenHash) {
      const found = index().get(tokenHash);
      return found && structuredClone(found);
    },
    issueLinks: (links) =>
      changeEach(links, (invitation, link) => withIssuedLink(invitation, link.tokenHash)),
    recordDeliveries: (deliveries) =>
      changeEach(deliveries, (invitation, d) => recordDelivery(invitation, d.kind, d.on, d.outcome), 'skip'),
    async markStarted(id) {
      const invitation = find(id);
      if (!invitation || invitation.started) return;
      invitation.started = true;
      await save();
    },
    async claimAnswer(id) {
      const invitation = find(id);
      if (!invitation || invitation.answered) return false;
      invitation.answered = true;
      await save();
      return true;
    },
    async releaseAnswer(id) {
      const invitation = find(id);
      if (!invitation) return;
      invitation.answered = false;
      await save();
    },
  };
}
