import type { OrganizationRepository } from '../organization-repository';
import type { RecordsFile } from './records-file';
import { frozenCopy } from './frozen-copy';
import { replaceRecord } from './replace-record';

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
    update: (id, change) =>
      db.change((data) =>
        structuredClone(
          replaceRecord(
            data.organizations,
            (o) => o.id === id,
            (o) => change(o),
          ),
        ),
      ),
    remove: (id) =>
      db.change((data) => {
        const before = data.organizations.length;
        data.organizations = data.organizations.filter((o) => o.id !== id);
        if (data.organizations.length === before) return false;
        // A role in an organization that is gone, or an invitation to one, would name nothing.
        data.userInvitations = data.userInvitations.filter((i) => i.grant.organizationId !== id);
        // Accounts are replaced, never changed in place: a stored record's identity names its version.
        data.accounts = data.accounts.map((a) =>
          a.grants.some((g) => g.organizationId === id)
            ? { ...a, grants: a.grants.filter((g) => g.organizationId !== id) }
            : a,
        );
        return true;
      }),
  };
}
