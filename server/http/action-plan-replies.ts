// What the action-plan endpoints take and answer. The action's shape is checked against the domain's
// PlanAction at compile time; lengths and dates are checked by the domain, which names each field at fault
// with its own code, so the schemas below only bound what a request may carry.

import { z } from '@hono/zod-openapi';
import { ACTION_STATUSES, MAX_STARTER_ACTIONS, type PlanAction } from '../domain/decisions/action-plan';
import { schemaOf } from './schema-matches';

const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/);
const Text = (max: number) => z.string().max(max);

const OwnerSchema = z
  .union([
    z.strictObject({ accountId: Id.openapi({ description: 'A person of the organization' }) }),
    z.strictObject({
      name: Text(400),
      email: Text(400).openapi({ description: 'Someone without an account' }),
    }),
  ])
  .openapi('ActionOwner');

export const ActionSchema = schemaOf<PlanAction>()(
  z
    .strictObject({
      id: z.string(),
      organizationId: z.string(),
      campaignId: z.string().nullable().openapi({ description: 'The campaign whose report it came from' }),
      recommendationId: z.string().nullable().openapi({ description: 'Null for a free action' }),
      title: z.string(),
      owner: OwnerSchema.nullable().openapi({ description: 'Null until someone is assigned' }),
      due: z.string().nullable().openapi({ description: 'YYYY-MM-DD; null while not yet dated' }),
      status: z.enum(ACTION_STATUSES),
      note: z.string(),
      departmentIds: z.array(z.string()).openapi({ description: 'Empty: the whole organization' }),
      comments: z.array(z.strictObject({ accountId: z.string(), on: z.string(), text: z.string() })),
      createdOn: z.string(),
      updatedOn: z.string(),
      assignedBy: z.string().optional().openapi({ description: 'Who last gave the action its owner' }),
      notices: z
        .strictObject({ assigned: z.string().optional(), dueSoon: z.string().optional() })
        .optional()
        .openapi({
          description: 'What the owner was emailed: assigned (to whom), reminded (for which due day)',
        }),
    })
    .openapi('Action', { description: 'One action of an organization’s plan' }),
);

export const ActionPlanSchema = z
  .strictObject({
    actions: z.array(ActionSchema),
    progress: z
      .strictObject({ done: z.number().int(), total: z.number().int() })
      .openapi({ description: 'Done of total, dropped actions left out' }),
    ownerNames: z
      .record(z.string(), z.string())
      .openapi({ description: 'The name of each account that owns one of the actions, by account id' }),
  })
  .openapi('ActionPlan');

export const ActionOwnersSchema = z
  .strictObject({
    people: z.array(z.strictObject({ accountId: z.string(), name: z.string(), email: z.string() })),
  })
  .openapi('ActionOwners', {
    description: 'The people who may own an action: accounts with a role in the organization, and the owner',
  });

export const ActionListSchema = z.strictObject({ actions: z.array(ActionSchema) }).openapi('ActionList');

const editable = {
  title: Text(1000),
  owner: OwnerSchema.nullable(),
  due: z.string().max(20).nullable().openapi({ description: 'YYYY-MM-DD, or null' }),
  status: z.enum(ACTION_STATUSES),
  note: Text(10_000),
  departmentIds: z.array(Id).max(200),
};

export const CreateActionBody = z
  .strictObject({
    campaignId: Id.nullable().default(null),
    recommendationId: Id.nullable().default(null),
    title: editable.title,
    owner: editable.owner.optional(),
    due: editable.due.optional(),
    status: editable.status.optional(),
    note: editable.note.optional(),
    departmentIds: editable.departmentIds.optional(),
  })
  .openapi('CreateAction');

export const StarterPlanBody = z
  .strictObject({
    campaignId: Id,
    recommendationId: Id,
    titles: z.array(editable.title).min(1).max(MAX_STARTER_ACTIONS),
  })
  .openapi('StarterPlanActions', {
    description: 'The actions of a recommendation’s starter plan, each becoming a planned, unassigned action',
  });

export const ChangeActionBody = z
  .strictObject({
    title: editable.title.optional(),
    owner: editable.owner.optional(),
    due: editable.due.optional(),
    status: editable.status.optional(),
    note: editable.note.optional(),
    departmentIds: editable.departmentIds.optional(),
  })
  .openapi('ChangeAction');

export const CommentBody = z.strictObject({ text: Text(10_000) }).openapi('ActionComment');

export const ActionParam = z.object({ id: Id, actionId: Id });
export const CampaignQuery = z.object({ campaignId: Id.optional() });

// The export's choices are plain strings here: one the export does not know is a malformed request (400,
// exportChoice in action-plan-rows.ts), not a field of a form to correct.
export const ExportQuery = z.object({
  format: z.string().max(20).optional().openapi({
    description:
      'jira-csv (Jira’s CSV importer, days as yyyy-MM-dd), xlsx (task workbook) or ics (due dates)',
  }),
  lang: z
    .string()
    .max(10)
    .optional()
    .openapi({ description: 'en (the default) or zh-cn (zh): headers, statuses and descriptions' }),
  campaignId: Id.optional(),
});
