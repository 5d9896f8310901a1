import type { OrganizationRepository } from '../organization-repository';
import type { RecordsFile } from './records-file';

export function createEmbeddedOrganizationRepository(db: RecordsFile): OrganizationRepository {
  return {
    create: (organization) =>
      db.change((data) => {
        data.organizations.push(structuredClone(organization));
      }),
    async get(id) {
      const found = db.data.organizations.find((o) => o.id === id);
      return found && structuredClone(found);
    },
    async list() {
      return structuredClone(db.data.organizations);
    },
  };
}
