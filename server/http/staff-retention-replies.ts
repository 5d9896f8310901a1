// Requests and replies of a staff list's retention (GET/PUT /api/campaigns/{id}/staff-retention and POST
// …/staff-retention/erase): how long the list is kept after closing, and when it is or was erased.

import { z } from '@hono/zod-openapi';
import type { RetentionStatus } from '../domain/campaigns/staff-retention';
import { schemaOf } from './schema-matches';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const RetentionStatusSchema = schemaOf<RetentionStatus>()(
  z
    .strictObject({
      days: z.number().int().min(0),
      state: z.enum(['until-closed', 'scheduled', 'erased']),
      closedOn: day.nullable(),
      erasesOn: day.nullable(),
      erasedOn: day.nullable(),
    })
    .openapi('StaffRetention'),
);

/** The range is the domain's to check (checkRetentionDays), so its refusal is worded like the others. */
export const RetentionDaysBody = z.strictObject({ days: z.number() }).openapi('StaffRetentionDays');

export const EraseStaffBody = z
  .strictObject({
    /** The campaign's name, typed: nothing brings an erased list back. */
    confirm: z.string().max(500),
  })
  .openapi('EraseStaffList');
