// Request shapes, validated at the edge before any route logic runs, and the problem+json shape every
// refusal has. The shapes of successful replies are in the *-replies.ts files beside this one.

import { OrganizationFactsBody } from './campaign-schemas';
import { z } from '@hono/zod-openapi';
import { openApiName } from './openapi-name';
import { LANGUAGES } from '../domain/instrument/barrier-model';
import { PROBLEM_CODES } from '../domain/problem-codes';
import {
  AcceptInvitationRequest,
  ChangePasswordRequest,
  CreateCampaignRequest,
  CadenceMonthsRequest,
  CreateOrganizationRequest,
  InviteUserRequest,
  LoginRequest,
  SetupRequest,
} from '../../shared/request-schemas';

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

// The shapes forms send are shared/request-schemas.ts's, which the forms check before sending.
export const CreateOrganizationBody = openApiName(CreateOrganizationRequest, 'CreateOrganization');

// An edit names what changes: the name, or the departments as they are to be (each kept one by its id).
const organizationFields = CreateOrganizationRequest.shape;
export const EditOrganizationBody = openApiName(
  z
    .object({
      name: organizationFields.name.optional(),
      departments: z
        .array(organizationFields.departments.element.extend({ id: IdParam.shape.id.optional() }).strict())
        .min(1)
        .max(500)
        .optional(),
      cadenceMonths: CadenceMonthsRequest.optional(),
    })
    .strict(),
  'EditOrganization',
);

/** Deleting something that holds responses takes its exact name, typed (archive-and-delete.ts). */
export const ConfirmDeletionBody = openApiName(
  z.object({ confirmName: z.string().max(200).optional() }).strict(),
  'ConfirmDeletion',
);

/** `?archived=true` lists the archived organizations instead of the others. */
export const ArchivedQuery = z.object({ archived: z.enum(['true', 'false']).optional() });

export const CreateCampaignBody = openApiName(
  CreateCampaignRequest.extend({ organizationFacts: OrganizationFactsBody.optional() }),
  'CreateCampaign',
);

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
    /** English, for programs and logs; a client words `code` instead. */
    detail: z.string(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          code: z.enum(PROBLEM_CODES),
          params: problemParams.optional(),
        }),
      )
      .optional(),
    // What went wrong, stable, with the values its sentence needs (server/domain/problem-codes.ts).
    code: z.enum(PROBLEM_CODES),
    params: problemParams,
  })
  .openapi('Problem');

export const SetupBody = openApiName(SetupRequest, 'Setup');
export const LoginBody = openApiName(LoginRequest, 'Login');
export const ChangePasswordBody = openApiName(ChangePasswordRequest, 'ChangePassword');
export const InviteUserBody = openApiName(InviteUserRequest, 'InviteUser');
export const AcceptInvitationBody = openApiName(AcceptInvitationRequest, 'AcceptInvitation');
