// Request shapes of people administration and password resets: which invitation, person and role a
// request names, and the bodies of the forgotten-password flow.

import { z } from '@hono/zod-openapi';
import { ROLES } from '../domain/access/account';
import { MIN_PASSWORD_LENGTH } from '../../shared/request-schemas';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const InvitationIdParam = z.object({ id, invitationId: id });
export const PersonParam = z.object({ id, accountId: id });
export const PersonRoleParam = z.object({ id, accountId: id, role: z.enum(ROLES) });

export const ResetTokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/),
});

export const ForgotPasswordBody = z
  .object({ email: z.string().trim().min(3).max(254).email() })
  .strict()
  .openapi('ForgotPassword');

export const ResetPasswordBody = z
  .object({ password: z.string().min(MIN_PASSWORD_LENGTH).max(200) })
  .strict()
  .openapi('ResetPassword');
