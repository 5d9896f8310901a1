// People who sign in, and what they may see: roles are granted per organization, and each grant is read
// on its own, so holding two roles never adds up to more than either gives within its own scope.

import type { PasswordReset } from './password-reset';

export const ROLES = ['administrator', 'executive', 'department-head', 'consultant'] as const;
export type Role = (typeof ROLES)[number];

export interface Grant {
  organizationId: string;
  role: Role;
  /** For a department head: the departments whose reports they read. Empty for every other role. */
  departmentIds: string[];
}

export interface Account {
  id: string;
  email: string;
  name: string;
  /** scrypt hash with its salt and parameters; never leaves the server. */
  passwordHash: string;
  /** The first account: sets up organizations and may do everything. */
  isOwner: boolean;
  grants: Grant[];
  createdOn: string;
  /** The live password-reset link, if one was asked for: its token's hash, never the token. */
  passwordReset?: PasswordReset;
}

/** Who is asking: what the policy needs from an account, and nothing secret. */
export interface Principal {
  accountId: string;
  name: string;
  email: string;
  isOwner: boolean;
  grants: Grant[];
}

export function toPrincipal(account: Account): Principal {
  return {
    accountId: account.id,
    name: account.name,
    email: account.email,
    isOwner: account.isOwner,
    grants: account.grants,
  };
}

/** Adds a grant; a second grant of the same role in the same organization widens its departments instead. */
export function addGrant(grants: readonly Grant[], grant: Grant): Grant[] {
  const same = grants.find((g) => g.organizationId === grant.organizationId && g.role === grant.role);
  if (!same) return [...grants, grant];
  const merged = { ...same, departmentIds: [...new Set([...same.departmentIds, ...grant.departmentIds])] };
  return grants.map((g) => (g === same ? merged : g));
}

/** Addresses compare without case or surrounding spaces, as people type them. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
