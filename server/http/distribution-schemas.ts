// Request shapes of access codes, suspect submissions and planned reminders, validated at the edge.

import { z } from '@hono/zod-openapi';
import { IssueAccessCodesRequest } from '../../shared/request-schemas';
import { MAX_DAYS_AFTER } from '../domain/campaigns/reminder-schedule';
import { openApiName } from './openapi-name';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const IssueAccessCodesBody = openApiName(IssueAccessCodesRequest, 'IssueAccessCodes');

export const AlertParam = z.object({
  id,
  alertId: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[A-Za-z0-9_.-]+$/),
});

/** A reminder to plan: some whole days after the invitations were first emailed, or at a given moment. */
// One or both ways, each once.
const via = z
  .array(z.enum(['email', 'chat']))
  .min(1)
  .max(2)
  .refine((v) => new Set(v).size === v.length, { message: 'Each way once' })
  .optional()
  .openapi({ description: 'Where it goes; by default email where mail is set up, else chat' });

export const PlanReminderBody = z
  .union([
    z.strictObject({ afterDays: z.number().int().min(1).max(MAX_DAYS_AFTER), via }),
    z.strictObject({
      at: z.iso.datetime({ offset: true }).openapi({ description: 'The moment, with its offset' }),
      via,
    }),
  ])
  .openapi('PlanReminder');

export const ReminderParam = z.object({ id, reminderId: id });
