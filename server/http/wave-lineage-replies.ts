// Request and reply of what an administrator declares about the units between two waves
// (routes/wave-lineage.ts): merges, splits and successors under a new id, by the units' ids.

import { z } from '@hono/zod-openapi';

const unitIds = z.array(z.string().min(1).max(64)).max(200);

export const LineageBody = z
  .strictObject({
    declarations: z
      .array(
        z.strictObject({
          /** Units of the wave before: several into one is a merge. */
          earlier: unitIds,
          /** Units of this wave: one into several is a split. */
          later: unitIds,
        }),
      )
      .max(200),
  })
  .openapi('LineageDeclarations');

const UnitSchema = z.strictObject({ id: z.string(), name: z.string() }).openapi('WaveUnit');

export const LineageSchema = z
  .strictObject({
    campaignId: z.string(),
    previous: z
      .strictObject({ campaignId: z.string(), name: z.string(), units: z.array(UnitSchema) })
      .nullable()
      .openapi({
        description: 'The wave this one is compared with and the units it reports on; null if none',
      }),
    units: z.array(UnitSchema).openapi({ description: 'The units this wave reports on' }),
    declarations: z
      .array(z.strictObject({ earlier: z.array(z.string()), later: z.array(z.string()) }))
      .openapi({ description: 'What was declared: the earlier units in each became the later ones' }),
  })
  .openapi('WaveLineage');
