// What the endpoints that hand out the survey answer: staff lists (checked, imported, listed), mailings,
// access codes, and suspect submissions through shared links (counts only, never answers).

import { z } from '@hono/zod-openapi';
import { STAFF_LINE_CODES } from '../domain/problem-codes';
import type { StaffListPreview } from '../domain/campaigns/staff-list';
import type { MailingStatus } from '../mail/mailings';
import type { PlannedReminderView, ReminderPlanView } from '../mail/reminder-plan-view';
import { MailKindSchema } from './campaign-replies';
import { LanguageSchema } from './local-text-schema';
import { schemaOf } from './schema-matches';

const count = z.number().int();
const problemParams = z.record(z.string(), z.union([z.string(), z.number()]));
const byDepartment = z
  .array(z.strictObject({ departmentId: z.string(), name: z.string(), count }))
  .openapi({ description: 'New people per department, every department listed (0 too)' });

export const StaffListPreviewSchema = schemaOf<StaffListPreview>()(
  z
    .strictObject({
      people: z
        .array(
          z.strictObject({
            line: count,
            email: z.string(),
            name: z.string(),
            departmentId: z.string(),
            language: LanguageSchema,
          }),
        )
        .openapi({ description: 'Valid rows for people not yet on the list' }),
      errors: z.array(
        z
          .strictObject({
            line: count,
            field: z.enum(['email', 'department', 'name', 'language', 'file']),
            message: z.string(),
            code: z.enum(STAFF_LINE_CODES),
            params: problemParams,
          })
          .openapi('StaffRowError'),
      ),
      unknownDepartments: z.array(z.string()),
      alreadyListed: count,
      byDepartment,
    })
    .openapi('StaffListPreview'),
);

export const StaffImportedSchema = z
  .strictObject({ added: count, alreadyListed: count, byDepartment })
  .openapi('StaffImported');

export const StaffListSchema = z
  .strictObject({
    people: z.array(
      z
        .strictObject({
          email: z.string(),
          name: z.string(),
          departmentId: z.string(),
          language: LanguageSchema,
          sentOn: z.iso.date().nullable(),
          deliveryError: z.string().nullable(),
        })
        .openapi('StaffListEntry', {
          description: 'A person on the staff list as administrators see them: never whether they answered',
        }),
    ),
  })
  .openapi('StaffList');

export const StaffRemovedSchema = z
  .strictObject({ removed: z.string(), listed: count })
  .openapi('StaffRemoved');

const MailingStateSchema = z.enum(['sending', 'finished', 'interrupted']);

export const MailingStatusSchema = schemaOf<MailingStatus>()(
  z
    .strictObject({
      id: z.string(),
      kind: MailKindSchema,
      planned: z.boolean().openapi({ description: 'Started by a planned reminder, not by a person' }),
      startedAt: z.string().openapi({ description: 'When it started, to the minute' }),
      total: count,
      sent: count,
      failed: count,
      uncertain: count.openapi({
        description:
          'Cut off by an interruption while with the mail server: counted as sent and never sent again',
      }),
      skipped: count.openapi({
        description: 'Passed over on resuming: answered or taken off the list meanwhile',
      }),
      state: MailingStateSchema,
      finished: z
        .boolean()
        .openapi({ description: 'Nothing of it is going out any more (finished or interrupted)' }),
      failures: z.array(z.strictObject({ email: z.string(), error: z.string() })),
    })
    .openapi('MailingStatus'),
);

export const LatestMailingSchema = z
  .strictObject({ mailing: MailingStatusSchema.nullable() })
  .openapi('LatestMailing', {
    description: 'The latest mailing (stored, so one cut short by a restart shows as interrupted), or null',
  });

export const PlannedReminderSchema = schemaOf<PlannedReminderView>()(
  z
    .strictObject({
      id: z.string(),
      afterDays: count.nullable().openapi({ description: 'Days after the first invitations, or null' }),
      at: z.string().nullable().openapi({ description: 'The moment planned, or null' }),
      dueAt: z.string().nullable().openapi({
        description: 'When it falls due; null while the invitations it counts from have not been emailed',
      }),
      state: z.enum(['planned', 'sent', 'superseded', 'nobody-waiting']),
      decidedAt: z.string().nullable().openapi({ description: 'When it was sent or passed over' }),
      mailing: z
        .strictObject({
          total: count,
          sent: count,
          failed: count,
          uncertain: count,
          state: MailingStateSchema,
        })
        .nullable()
        .openapi({ description: 'What its mailing achieved, while the server still holds it' }),
      via: z
        .array(z.enum(['email', 'chat']))
        .openapi({ description: 'Where it goes: by email, into chat, or both' }),
      chat: z
        .strictObject({
          sent: count,
          failed: count,
          uncertain: count,
          state: z.enum(['sending', 'finished', 'interrupted']),
        })
        .nullable()
        .openapi({ description: 'Channels its chat post reached, failed or may have reached' }),
    })
    .openapi('PlannedReminder'),
);

export const ReminderPlanSchema = schemaOf<ReminderPlanView>()(
  z
    .strictObject({
      reminders: z.array(PlannedReminderSchema).openapi({ description: 'In the order they fall due' }),
      nextDueAt: z.string().nullable(),
    })
    .openapi('ReminderPlan'),
);

export const AccessCodesIssuedSchema = z
  .strictObject({ departmentId: z.string(), codes: z.array(z.string()) })
  .openapi('AccessCodesIssued', {
    description: 'Access codes just issued, formatted as printed: they exist nowhere else',
  });

export const AccessCodeCountsSchema = z
  .strictObject({ departments: z.array(z.strictObject({ departmentId: z.string(), issued: count })) })
  .openapi('AccessCodeCounts');

export const SuspectAlertSchema = z
  .strictObject({
    id: z.string().openapi({
      description:
        'Names the alert as it stands: it changes whenever its suspects do, so an exclusion acts on what was shown',
    }),
    departmentId: z.string().nullable().openapi({ description: 'Null for the campaign-wide link' }),
    recent: count.openapi({
      description:
        'Submissions through the link the server holds: those of the last 24 hours since it started',
    }),
    burst: z.strictObject({ count, minutes: count }).nullable().openapi({
      description: 'The largest burst: how many submissions within how many minutes (at least 1)',
    }),
    nearlyIdentical: count,
    suspects: count.openapi({
      description: 'Submissions in a burst or nearly identical to another: what an exclusion would delete',
    }),
  })
  .openapi('SuspectAlert');

/** One link's suspect submissions, as counts: the monitor (server/routes/suspect-monitor.ts) builds them. */
export type SuspectAlert = z.infer<typeof SuspectAlertSchema>;

export const SuspectAlertsSchema = z
  .strictObject({ alerts: z.array(SuspectAlertSchema) })
  .openapi('SuspectAlerts', {
    description: 'Bursts and copies through shared links the server holds in memory: counts, never answers',
  });

export const ExclusionResultSchema = z.strictObject({ excluded: count }).openapi('ExclusionResult');
