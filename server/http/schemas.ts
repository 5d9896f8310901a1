// Request shapes, validated at the edge before any route logic runs, and the problem+json shape every
// refusal has. The shapes of successful replies are in the *-replies.ts files beside this one.

import { OrganizationFactsBody } from './campaign-schemas';
import { z } from '@hono/zod-openapi';
import { LANGUAGES } from '../domain/barrier-model';
import { MIN_GROUP_SIZE_FLOOR } from '../domain/campaign';

const name = z.string().trim().min(1).max(120);

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export const TokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/),
});

export const CreateOrganizationBody = z
  .object({
    name,
    departments: z
      .array(z.object({ name, headcount: z.number().int().min(1).max(1_000_000) }).strict())
      .min(1)
      // Look-alike names are refused by the domain (createOrganization), which words and codes the pair.
      .max(500),
  })
  .strict()
  .openapi('CreateOrganization');

export const CreateCampaignBody = z
  .object({
    name,
    questionnaireId: z.string().min(1).max(64),
    minGroupSize: z.number().int().min(MIN_GROUP_SIZE_FLOOR).max(100).optional(),
    organizationFacts: OrganizationFactsBody.optional(),
  })
  .strict()
  .openapi('CreateCampaign');

export const SubmitResponseBody = z
  .object({
    // Kept exactly as sent (z.record would rebuild it and silently drop a "__proto__" key): the domain
    // checks every key against the questionnaire and names any it does not know.
    answers: z
      .custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
        message: 'must be an object keyed by question name',
        params: { code: 'answer.not-an-object' },
      })
      .openapi({ type: 'object', description: 'Answers keyed by question name' }),
    departmentId: z.string().max(64).optional(),
    language: z.enum(LANGUAGES as [string, ...string[]]).default('en'),
  })
  .strict()
  .openapi('SubmitResponse');

const problemParams = z.record(z.string(), z.union([z.string(), z.number()]));
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          code: z.string().optional(),
          params: problemParams.optional(),
        }),
      )
      .optional(),
    // A stable name for a problem with the request as a whole (a refused cross-site write, say).
    code: z.string().optional(),
    params: problemParams.optional(),
  })
  .openapi('Problem');

const email = z.string().trim().min(3).max(254).email();
/** Long enough to resist guessing offline should the data ever leak; no composition rules. */
const newPassword = z.string().min(12).max(200);

export const SetupBody = z.object({ name, email, password: newPassword }).strict().openapi('Setup');
export const LoginBody = z
  .object({ email: z.string().max(254), password: z.string().max(200) })
  .strict()
  .openapi('Login');
export const ChangePasswordBody = z
  .object({ currentPassword: z.string().max(200), newPassword })
  .strict()
  .openapi('ChangePassword');
export const InviteUserBody = z
  .object({
    email,
    role: z.enum(['administrator', 'executive', 'department-head', 'consultant']),
    departmentIds: z.array(z.string().min(1).max(64)).max(100).default([]),
  })
  .strict()
  .openapi('InviteUser');
/** `name` is needed only when the invitation creates a new account. */
export const AcceptInvitationBody = z
  .object({ name: name.optional(), password: z.string().min(1).max(200) })
  .strict()
  .openapi('AcceptInvitation');
