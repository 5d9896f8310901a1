import type { OrganizationRepository } from '../organization-repository';
import type { RecordsFile } from './records-file';
import { frozenCopy } from './frozen-copy';

export function createEmbeddedOrganizationRepository(db: RecordsFile): OrganizationRepository {
  return {
    create: (organization) =>
      db.change((data) => {
        data.organizations.push(structuredClone(organization));
      }),
    async get(id) {
      const found = db.data.organizations.find((o) => o.id === id);
      return found && frozenCopy(found);
    },
    async list() {
      return db.data.organizations.map((o) => frozenCopy(o));
    },
  };
}
