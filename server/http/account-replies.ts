// What the account endpoints answer: who is signed in and what they may do, whether the owner is still to be
// created, an organization's people, and invitations. Checked against the domain's types where there is one.

import { z } from '@hono/zod-openapi';
import { ROLES, type Grant } from '../domain/access/account';
import { ACTIONS } from '../domain/access/policy';
import { schemaOf } from './schema-matches';
import type { SessionView } from './session';

const RoleSchema = z.enum(ROLES);

export const GrantSchema = schemaOf<Grant>()(
  z
    .strictObject({
      organizationId: z.string(),
      role: RoleSchema,
      departmentIds: z.array(z.string()).openapi({
        description: 'For a department head: the departments whose reports they read. Empty otherwise.',
      }),
    })
    .openapi('Grant'),
);

export const SessionViewSchema = schemaOf<SessionView>()(
  z
    .strictObject({
      accountId: z.string(),
      name: z.string(),
      email: z.string(),
      isOwner: z.boolean(),
      grants: z.array(GrantSchema),
      permissions: z
        .strictObject({
          everything: z.boolean().openapi({ description: 'The owner: every action everywhere' }),
          byOrganization: z.record(z.string(), z.array(z.enum(ACTIONS))),
        })
        .openapi({ description: 'What the server will let this person do, worked out by the policy' }),
    })
    .openapi('SessionView'),
);

export const SetupStatusSchema = z
  .strictObject({
    needsOwner: z.boolean(),
    signedIn: z.boolean().openapi({
      description:
        'Whether this request comes from someone signed in, so a page can ask who without a 401 on a first visit',
    }),
  })
  .openapi('SetupStatus', {
    description: 'Whether the owner account still has to be created, and whether the caller is signed in',
  });

export const OrganizationUsersSchema = z
  .strictObject({
    users: z.array(
      z.strictObject({
        accountId: z.string(),
        name: z.string(),
        email: z.string(),
        grants: z.array(GrantSchema),
      }),
    ),
    pending: z
      .array(
        z.strictObject({
          id: z.string().openapi({ description: 'Names the invitation to revoke it' }),
          email: z.string(),
          grant: GrantSchema,
          createdOn: z.iso.date(),
        }),
      )
      .openapi({ description: 'Invitations not yet accepted and not expired' }),
  })
  .openapi('OrganizationUsers');

export const PasswordResetLinkSchema = z
  .strictObject({
    token: z.string(),
    email: z.string(),
    expiresInMinutes: z.number().int(),
  })
  .openapi('PasswordResetLink', {
    description:
      'The one-time token of a password-reset link the owner hands over: only its hash is kept, so this is the only copy',
  });

export const PasswordResetRequestedSchema = z
  .strictObject({
    expiresInMinutes: z.number().int().openapi({ description: 'How long a mailed link works' }),
  })
  .openapi('PasswordResetRequested', {
    description:
      'The same answer whether or not the address has an account: if it has, a link is on its way by email',
  });

export const PasswordResetOfferSchema = z
  .strictObject({ email: z.string() })
  .openapi('PasswordResetOffer', { description: 'Whose password a live reset link sets' });

export const InvitationLinkSchema = z
  .strictObject({
    token: z.string(),
    email: z.string(),
    grant: GrantSchema,
    expiresInDays: z.number().int(),
  })
  .openapi('InvitationLink', {
    description: 'The one-time token of an invitation link: only its hash is kept, so this is the only copy',
  });

export const InvitationOfferSchema = z
  .strictObject({
    email: z.string(),
    role: RoleSchema,
    organizationId: z.string(),
    organizationName: z.string(),
    hasAccount: z.boolean().openapi({
      description: 'The address has an account already: accepting asks for its password',
    }),
  })
  .openapi('InvitationOffer');
