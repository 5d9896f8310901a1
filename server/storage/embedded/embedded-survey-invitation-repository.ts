// Personal survey invitations, kept per campaign outside the records file (campaign-people.ts): a change to
// one person appends a line or overwrites a slot rather than rewriting every list. Every change is worked out
// against the list as it stands when it is applied, so concurrent requests never overwrite each other's.

import { recordDelivery, type SurveyInvitation } from '../../domain/campaigns/survey-invitation';
import type { SurveyInvitationRepository } from '../survey-invitation-repository';
import type { CampaignPeople } from './campaign-people';
import type { DepartmentPlaces } from './department-places';

/** Thrown inside a change before it changes anything, so a refusal writes nothing. */
class BesideSharedAnswers extends Error {
  constructor(readonly departmentIds: string[]) {
    super('Departments holding shared-link answers');
  }
}

export function createEmbeddedSurveyInvitationRepository(
  people: CampaignPeople,
  places: DepartmentPlaces,
): SurveyInvitationRepository {
  return {
    async addMany(invitations, reportedWith = (departmentId) => [departmentId]) {
      const campaigns = new Map<string, SurveyInvitation[]>();
      for (const i of invitations) campaigns.set(i.campaignId, [...(campaigns.get(i.campaignId) ?? []), i]);
      const added: SurveyInvitation[] = [];
      try {
        for (const [campaignId, offered] of campaigns) {
          const result = await people.add(campaignId, offered, (adding) => {
            // Checked with no await before they are added, so no shared-link answer can come in between.
            const units = new Set<string>();
            for (const i of adding)
              for (const d of [i.departmentId, ...reportedWith(i.departmentId)]) units.add(d);
            const holding = [...units].filter((d) => places.sharedAnswers(campaignId, [d]) > 0);
            if (holding.length > 0) throw new BesideSharedAnswers(holding);
          });
          added.push(...result);
        }
        return { added };
      } catch (error) {
        if (error instanceof BesideSharedAnswers) return { besideSharedAnswers: error.departmentIds };
        throw error;
      }
    },
    remove: (id) => people.remove(id),
    listByCampaign: (campaignId) => people.list(campaignId),
    countByDepartment: (campaignId) => people.countListed(campaignId),
    findByTokenHash: (tokenHash) => people.findByTokenHash(tokenHash),
    issueLinks: (links) => people.issueLinks(links),
    recordDeliveries: (deliveries) =>
      people.recordDeliveries(
        deliveries.map((d) => ({
          id: d.id,
          change: (invitation) => recordDelivery(invitation, d.kind, d.on, d.outcome),
        })),
      ),
    markStarted: (id) => people.markStarted(id),
    removeCampaign: (campaignId) => people.removeCampaign(campaignId),
    retention: async (campaignId) => people.retention(campaignId),
    changeRetention: (campaignId, change) => people.changeRetention(campaignId, change),
    erase: (campaignId, on) => people.erase(campaignId, on),
    everyRecord: (campaignId) => people.everyRecord(campaignId),
    restore: (campaignId, records) => people.restore(campaignId, records),
  };
}
