// Access codes in the lowdb records file, as hashes. A batch is added only if its department has room for
// all of it and its unit holds no answer through a shared link, checked inside the one change that adds it,
// so two batches at once never overfill it and no shared-link answer comes in between.

import type { AccessCode } from '../../domain/campaigns/access-code';
import { firstOfBatch, type AccessCodeRepository } from '../access-code-repository';
import type { DepartmentPlaces } from './department-places';
import type { RecordsFile } from './records-file';
import { stripClaim } from './submission-claims';

const NO_ROOM = new Error('No room for these access codes');
const BESIDE_SHARED = new Error('The unit holds answers through shared links');

export function createEmbeddedAccessCodeRepository(
  db: RecordsFile,
  places: DepartmentPlaces,
): AccessCodeRepository {
  let byHash: Map<string, string> | null = null;
  const index = () => {
    if (!byHash) {
      byHash = new Map(db.data.accessCodes.map((c) => [c.codeHash, c.id]));
    }
    return byHash;
  };
  db.onReset(() => {
    byHash = null;
  });
  const copy = (c: AccessCode) => stripClaim(structuredClone(c));

  return {
    async issue(codes, limit, reportedWith) {
      const first = firstOfBatch(codes);
      if (!first) return 'issued';
      try {
        await db.change((data) => {
          // Thrown before anything changes, so a refusal writes nothing.
          const unit = [first.departmentId, ...(reportedWith ?? [])];
          if (places.sharedAnswers(first.campaignId, unit) > 0) throw BESIDE_SHARED;
          if (places.held(first.campaignId, first.departmentId) + codes.length > limit) throw NO_ROOM;
          data.accessCodes.push(...structuredClone(codes));
          byHash = null;
        });
        return 'issued';
      } catch (error) {
        if (error === NO_ROOM) return 'full';
        if (error === BESIDE_SHARED) return 'beside-shared-answers';
        throw error;
      }
    },
    async findByCodeHash(codeHash) {
      const id = index().get(codeHash);
      const found = id === undefined ? undefined : db.data.accessCodes.find((c) => c.id === id);
      return found && copy(found);
    },
    async countByDepartment(campaignId) {
      const counts: Record<string, number> = {};
      for (const c of db.data.accessCodes) {
        if (c.campaignId === campaignId) counts[c.departmentId] = (counts[c.departmentId] ?? 0) + 1;
      }
      return counts;
    },
    async listByCampaign(campaignId) {
      return db.data.accessCodes.filter((c) => c.campaignId === campaignId).map(copy);
    },
    async restore(codes) {
      if (codes.length === 0) return;
      await db.change((data) => {
        const held = new Set(data.accessCodes.map((c) => c.id));
        if (codes.some((c) => held.has(c.id))) throw new Error('These access codes are stored already');
        data.accessCodes.push(...structuredClone(codes));
        byHash = null;
      });
    },
  };
}
