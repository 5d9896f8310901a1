// The shapes of the requests a form sends, checked by the server at its edge (server/http/schemas.ts adds
// their OpenAPI names) and by the form before sending, with the same rules: a form names a field at fault
// with the codes the server would (field-problems.ts) and sends nothing the server would refuse for its
// shape. What needs the model's data (which answers each of HR's facts offers) the server adds to these
// shapes itself. Imports zod and nothing outside shared/.

import { z } from 'zod';
import { MAX_CADENCE_MONTHS, MAX_CODES_PER_BATCH, MIN_GROUP_SIZE_FLOOR } from './campaign-limits';
import { LANGUAGES } from './languages';

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

/** Months between an organization's calibration waves (3 is quarterly); null sets no cadence. */
export const CadenceMonthsRequest = z.number().int().min(1).max(MAX_CADENCE_MONTHS).nullable();

/** An organization's edit that sets its cadence alone, as the organization page's cadence form sends it. */
export const CadenceChangeRequest = z.object({ cadenceMonths: CadenceMonthsRequest }).strict();

export const ReportingGroupRequest = z
  .object({ name, departmentIds: z.array(z.string().min(1).max(64)).min(2).max(500) })
  .strict();

/** An identifier as the server makes them. */
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const IssueAccessCodesRequest = z
  .object({ departmentId: id, count: z.number().int().min(1).max(MAX_CODES_PER_BATCH) })
  .strict();

/** HR's answers by fact; the server narrows each to the answers its fact offers. */
const organizationFacts = z.record(z.string(), z.string().nullable().optional());

/**
 * The demographic cuts chosen (campaign-cuts.ts): each by id, a location cut with its names. Loose here so
 * the domain names each field at fault with its own code (counts, blanks, repeats, lengths).
 */
const cuts = z
  .array(
    z.object({ id: z.string().max(20), locations: z.array(z.string().max(200)).max(50).optional() }).strict(),
  )
  .max(3);

export const CreateCampaignRequest = z
  .object({
    name,
    questionnaireId: z.string().min(1).max(64),
    minGroupSize: z.number().int().min(MIN_GROUP_SIZE_FLOOR).max(100).optional(),
    organizationFacts: organizationFacts.optional(),
    /** The departments asked; left out, the whole organization (chooseDepartments). */
    departmentIds: z.array(z.string().min(1).max(64)).max(500).optional(),
    cuts: cuts.optional(),
  })
  .strict();

const instant = z.iso.datetime({ offset: true }).nullable();
const templateText = z.object({ subject: z.string().max(1_000), body: z.string().max(20_000) }).strict();
const template = z.object({ en: templateText, 'zh-cn': templateText }).strict();

/** What a change of a campaign's settings may name; the server also refuses a change naming nothing. */
export const CampaignChangeRequest = z
  .object({
    name: name.optional(),
    minGroupSize: z.number().int().min(MIN_GROUP_SIZE_FLOOR).max(100).optional(),
    commentMinimum: z.number().int().min(MIN_GROUP_SIZE_FLOOR).max(1_000).optional(),
    languages: z
      .array(z.enum(LANGUAGES as [string, ...string[]]))
      .min(1)
      .max(LANGUAGES.length)
      .optional(),
    targetResponseRate: z.number().min(0.1).max(1).optional(),
    opensAt: instant.optional(),
    closesAt: instant.optional(),
    emailTemplates: z
      .object({ invitation: template.optional(), reminder: template.optional() })
      .strict()
      .optional(),
    organizationFacts: organizationFacts.optional(),
    cuts: cuts.optional(),
  })
  .strict();
