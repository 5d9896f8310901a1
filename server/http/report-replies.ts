// The readiness report as it leaves the server: every figure, interval and threshold behind the verdict,
// in the shape buildCampaignReport gives it and restrictReport cuts for a department head. Checked against
// the domain's CampaignReport and its parts, so the document and the client follow the domain.

import { z } from '@hono/zod-openapi';
import type { DimensionDefinition, DimensionId } from '../domain/instrument/barrier-model';
import type { CampaignAnalysis } from '../domain/analysis/campaign-analysis';
import type { CampaignReport } from '../domain/analysis/campaign-report';
import { CHECK_STATUSES, type Check } from '../domain/decisions/checks';
import type { Decision } from '../domain/decisions/decide';
import type { ExecutiveSummary } from '../domain/decisions/executive-summary';
import { GOAL_CHECKS } from '../domain/analysis/goal-audit';
import type { GroupSummary } from '../domain/analysis/group-summary';
import { ORGANIZATION_FACT_KEYS, type OrganizationFactKey } from '../domain/campaigns/organization-facts';
import type { Recommendation } from '../domain/decisions/recommendation';
import type { MeanEstimate, ProportionEstimate } from '../domain/statistics/intervals';
import { VERDICTS } from '../domain/decisions/verdicts';
import { LocalTextSchema } from './local-text-schema';
import { schemaOf } from './schema-matches';

const count = z.number().int();
/** A figure that may be missing: too few people, no spread, or withheld from this reader. */
const figure = z.number().nullable();

const DimensionIdSchema = schemaOf<DimensionId>()(
  z.enum(['hygiene', 'participation', 'culture', 'okr-kpi', 'breakdown', 'fit']).openapi('DimensionId'),
);

const MeanEstimateSchema = schemaOf<MeanEstimate>()(
  z
    .strictObject({ n: count, mean: figure, sd: figure, low: figure, high: figure })
    .openapi('MeanEstimate', { description: 'A mean on 0–100 with its 95% interval' }),
);

const ProportionEstimateSchema = schemaOf<ProportionEstimate>()(
  z
    .strictObject({ successes: count, n: count, p: figure, low: figure, high: figure })
    .openapi('ProportionEstimate', { description: 'A share with its 95% Wilson interval' }),
);

const GroupSummarySchema = schemaOf<GroupSummary>()(
  z
    .strictObject({
      n: count,
      scales: z.record(
        z.string(),
        z.strictObject({
          estimate: MeanEstimateSchema,
          missingRate: z.number(),
          favourability: z.strictObject({
            n: count,
            favourable: ProportionEstimateSchema,
            neutral: ProportionEstimateSchema,
            unfavourable: ProportionEstimateSchema,
          }),
        }),
      ),
      dimensions: z.partialRecord(DimensionIdSchema, MeanEstimateSchema),
    })
    .openapi('GroupSummary'),
);

const GoalAuditSummarySchema = z
  .strictObject({
    audited: count,
    smart: ProportionEstimateSchema,
    failing: z.record(z.enum(GOAL_CHECKS), ProportionEstimateSchema),
  })
  .openapi('GoalAuditSummary', { description: 'SMART checks of the sample objectives people wrote' });

const AnalysisSchema = schemaOf<CampaignAnalysis>()(
  z
    .strictObject({
      reliability: z.array(
        z.strictObject({
          scaleId: z.string(),
          k: count,
          n: count,
          alpha: figure,
          low: figure,
          high: figure,
          status: z.enum(['acceptable', 'questionable', 'unreliable', 'not-computed']),
          weakItems: z.array(z.strictObject({ questionId: z.string(), itemTotal: z.number() })),
        }),
      ),
      agreement: z.record(
        z.string(),
        z.partialRecord(DimensionIdSchema, z.strictObject({ items: count, rwgJ: figure, rStarWgJ: figure })),
      ),
      agreementShare: figure,
      icc: z.partialRecord(
        DimensionIdSchema,
        z.strictObject({ icc1: figure, icc2: figure, msb: figure, msw: figure }),
      ),
      differences: z.array(
        z.strictObject({
          dimension: DimensionIdSchema,
          a: z.string(),
          b: z.string(),
          diff: z.number(),
          low: z.number(),
          high: z.number(),
          g: figure,
          gLow: figure,
          gHigh: figure,
          p: z.number(),
          flagged: z.boolean(),
          degenerate: z.boolean(),
        }),
      ),
      siloSignals: z.array(
        z.strictObject({
          kind: z.enum(['low-agreement', 'polarised', 'gap']),
          departmentIds: z.array(z.string()),
          subject: z.string(),
          value: z.number(),
          p: z.number().optional(),
        }),
      ),
      drivers: z.array(
        z.strictObject({
          dimension: DimensionIdSchema,
          n: count,
          r: z.number(),
          low: z.number(),
          high: z.number(),
        }),
      ),
      conflictMap: z.strictObject({
        meanings: z.array(
          z.strictObject({
            departmentId: z.string(),
            answered: count,
            counts: z.record(z.string(), count),
            dominant: z.string().nullable(),
            share: figure,
          }),
        ),
        dependencies: z.array(z.strictObject({ from: z.string(), to: z.string(), share: z.number() })),
        conflicts: z.array(
          z.strictObject({
            a: z.string(),
            b: z.string(),
            meaningA: z.string(),
            meaningB: z.string(),
            direction: z.enum(['a-on-b', 'b-on-a', 'mutual']),
          }),
        ),
      }),
      pilot: z
        .strictObject({ departmentIds: z.array(z.string()), basis: z.enum(['dependency', 'readiness']) })
        .nullable(),
      goalAudit: z.strictObject({
        overall: GoalAuditSummarySchema,
        departments: z.record(z.string(), GoalAuditSummarySchema),
      }),
    })
    .openapi('CampaignAnalysis'),
);

const DimensionDefinitionSchema = schemaOf<DimensionDefinition>()(
  z
    .strictObject({
      id: DimensionIdSchema,
      title: LocalTextSchema,
      role: z.enum(['readiness', 'routing']),
      scales: z.array(
        z.strictObject({ id: z.string(), title: LocalTextSchema, reportedOnly: z.literal(true).optional() }),
      ),
    })
    .openapi('DimensionDefinition'),
);

const CheckStatusSchema = z.enum([...CHECK_STATUSES, 'not-assessed']);

const CheckSchema = schemaOf<Check>()(
  z
    .strictObject({
      subject: z.string(),
      label: LocalTextSchema,
      value: figure,
      low: figure,
      high: figure,
      threshold: z.number(),
      barrierWhen: z.enum(['below', 'at-or-below', 'at-or-above']),
      unit: z.enum(['score', 'share', 'count', 'coefficient', 'fact']),
      answer: LocalTextSchema.optional(),
      status: CheckStatusSchema,
      withheld: z.literal(true).optional(),
    })
    .openapi('Check', { description: 'One estimate judged against one threshold with its interval' }),
);

const VerdictSchema = z.enum(VERDICTS);

const DecisionSchema = schemaOf<Decision>()(
  z
    .strictObject({
      verdict: VerdictSchema,
      title: LocalTextSchema,
      summary: LocalTextSchema,
      provisional: z.boolean(),
      decidingGate: z.string().nullable(),
      gates: z.array(
        z
          .strictObject({
            id: z.string(),
            verdict: VerdictSchema,
            title: LocalTextSchema,
            rule: LocalTextSchema,
            status: CheckStatusSchema,
            checks: z.array(CheckSchema),
          })
          .openapi('GateResult'),
      ),
    })
    .openapi('Decision'),
);

const RecommendationSchema = schemaOf<Recommendation>()(
  z
    .strictObject({
      id: z.string(),
      title: LocalTextSchema,
      evidence: z.array(
        z.strictObject({
          label: LocalTextSchema,
          value: z.number(),
          low: figure,
          high: figure,
          unit: z.enum(['score', 'share', 'count', 'coefficient']),
          threshold: figure,
        }),
      ),
      steps: z.array(LocalTextSchema),
      departmentIds: z.array(z.string()),
      plan: z
        .array(
          z.strictObject({
            heading: LocalTextSchema,
            finding: LocalTextSchema,
            actions: z.array(LocalTextSchema),
          }),
        )
        .nullable(),
    })
    .openapi('Recommendation'),
);

const ExecutiveSummarySchema = schemaOf<ExecutiveSummary>()(
  z
    .strictObject({
      verdict: VerdictSchema,
      title: LocalTextSchema,
      provisional: z.boolean(),
      toChange: z.array(CheckSchema),
      barriers: z.array(CheckSchema),
      actions: z.array(z.strictObject({ id: z.string(), title: LocalTextSchema })),
      trust: z.strictObject({ received: count.nullable(), responseRate: figure, headcount: count }),
    })
    .openapi('ExecutiveSummary', {
      description: "The report's first screen: verdict, what would change it, main barriers, first actions",
    }),
);

export const CampaignReportSchema = schemaOf<CampaignReport>()(
  z
    .strictObject({
      campaignId: z.string(),
      organizationId: z.string(),
      campaignName: z.string(),
      organizationName: z.string(),
      status: z.enum(['draft', 'open', 'closed']),
      modelVersion: z.string(),
      scope: z.enum(['organization', 'departments']).openapi({
        description:
          'Whom the campaign asked: the whole organization, or the departments of this report only',
      }),
      minGroupSize: count,
      responses: count.nullable(),
      headcount: count,
      responseRate: figure,
      overall: GroupSummarySchema.nullable(),
      departments: z.array(
        z
          .strictObject({
            departmentId: z.string(),
            name: z.string(),
            headcount: count,
            responses: count.nullable(),
            responseRate: figure,
            hidden: z.boolean(),
            summary: GroupSummarySchema.nullable(),
          })
          .openapi('DepartmentReport'),
      ),
      analysis: AnalysisSchema.nullable(),
      dimensions: z.array(DimensionDefinitionSchema),
      thresholds: z.strictObject({ red: z.number(), green: z.number() }).openapi({
        description:
          'The model version’s barrier (at or below red) and healthy (from green up) lines on 0–100',
      }),
      decision: DecisionSchema,
      statedFacts: z.array(
        z.strictObject({
          fact: z.enum(ORGANIZATION_FACT_KEYS as [OrganizationFactKey, ...OrganizationFactKey[]]),
          question: LocalTextSchema,
          answer: LocalTextSchema,
        }),
      ),
      departmentView: z.boolean(),
      view: z
        .strictObject({
          organizationShown: z.boolean(),
          acrossDepartmentsShown: z.boolean(),
          withheldRecommendations: count,
        })
        .nullable()
        .openapi({ description: "In a department head's view, what was withheld; null otherwise" }),
      recommendations: z.array(RecommendationSchema),
      summary: ExecutiveSummarySchema,
      comments: z.strictObject({ minimum: count, comments: z.array(z.string()).nullable() }),
      release: z
        .strictObject({ received: count, heldBack: count, releasedOn: z.iso.date().nullable() })
        .nullable(),
    })
    .openapi('CampaignReport'),
);
