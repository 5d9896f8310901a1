// Request and reply of making a campaign's next wave (routes/next-wave.ts).

import { z } from '@hono/zod-openapi';
import { CampaignSchema } from './campaign-replies';

export const NextWaveBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    /** The previous wave's questionnaire unless a later version is chosen. */
    questionnaireId: z.string().min(1).max(64).optional(),
    /** The departments the new wave asks, when not the previous wave's (a pilot pair and a comparison group). */
    departmentIds: z.array(z.string().min(1).max(64)).max(500).optional(),
    /** Whether the previous wave's staff list (names, addresses, departments, languages) is copied. */
    copyStaffList: z.boolean().default(true),
  })
  .strict()
  .openapi('NextWave');

export const NextWaveSchema = z
  .strictObject({
    campaign: CampaignSchema,
    droppedDepartments: z
      .array(z.strictObject({ id: z.string(), name: z.string() }))
      .openapi({ description: 'Departments the previous wave asked that the organization no longer has' }),
    droppedGroupIds: z
      .array(z.string())
      .openapi({ description: 'Reporting groups not carried: one of their departments is no longer asked' }),
    staffCopied: z
      .number()
      .int()
      .openapi({ description: 'People copied from the previous wave’s staff list' }),
    staffListErased: z
      .boolean()
      .openapi({ description: 'The previous wave’s staff list was erased, so there was nobody to copy' }),
  })
  .openapi('NextWaveMade');
