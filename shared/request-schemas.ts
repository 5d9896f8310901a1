// The shapes of the requests a form sends, checked by the server at its edge (server/http/schemas.ts adds
// their OpenAPI names) and by the form before sending, with the same rules: a form names a field at fault
// with the codes the server would (field-problems.ts) and sends nothing the server would refuse for its
// shape. Only schemas whose rules need nothing of the domain live here. Imports zod and nothing else.

import { z } from 'zod';

/** Long enough to resist guessing offline should the data ever leak; no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;

const name = z.string().trim().min(1).max(120);
const email = z.string().trim().min(3).max(254).email();
const newPassword = z.string().min(MIN_PASSWORD_LENGTH).max(200);

export const SetupRequest = z.object({ name, email, password: newPassword }).strict();

export const LoginRequest = z.object({ email: z.string().max(254), password: z.string().max(200) }).strict();

export const ChangePasswordRequest = z.object({ currentPassword: z.string().max(200), newPassword }).strict();

export const InviteUserRequest = z
  .object({
    email,
    role: z.enum(['administrator', 'executive', 'department-head', 'consultant']),
    departmentIds: z.array(z.string().min(1).max(64)).max(100).default([]),
  })
  .strict();

/** `name` is needed only when the invitation creates a new account. */
export const AcceptInvitationRequest = z
  .object({ name: name.optional(), password: z.string().min(1).max(200) })
  .strict();

export const CreateOrganizationRequest = z
  .object({
    name,
    departments: z
      .array(z.object({ name, headcount: z.number().int().min(1).max(1_000_000) }).strict())
      .min(1)
      // Look-alike names are refused by the domain (createOrganization), which words and codes the pair.
      .max(500),
  })
  .strict();

export const ReportingGroupRequest = z
  .object({ name, departmentIds: z.array(z.string().min(1).max(64)).min(2).max(500) })
  .strict();
