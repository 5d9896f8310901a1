// Builds a campaign's readiness report: responses and response rate per department, scores per group with
// their uncertainty, groups hidden by the anonymity rules, the deeper analysis, and the verdict with the
// evidence behind it and what to do about it.

import type { BarrierModel, DimensionDefinition, Thresholds } from '../instrument/barrier-model';
import { analyseTotals, type CampaignAnalysis } from './campaign-analysis';
import { createCampaignTally, type TalliedFigures } from './campaign-tally';
import type { Campaign, CampaignScope } from '../campaigns/campaign';
import { decide, type Decision } from '../decisions/decide';
import type { GroupSummary } from './group-summary';
import type { Organization } from '../campaigns/organization';
import { NO_FACTS } from '../campaigns/organization-facts';
import type { CommentDigest } from './comment-digest';
import type { Questionnaire } from '../instrument/questionnaire';
import type { SurveyResponse } from '../instrument/response';
import { recommend } from '../decisions/recommend';
import type { Recommendation } from '../decisions/recommendation';
import type { ReaderView } from '../anonymity/restrict-report';
import { statedFacts, type StatedFact } from '../campaigns/stated-facts';
import { summarize, type ExecutiveSummary } from '../decisions/executive-summary';

export interface DepartmentReport {
  departmentId: string;
  name: string;
  headcount: number;
  /**
   * People whose answers are in the department's figures when it is shown; null when hidden (fewer than
   * minGroupSize released). Answers beyond the last whole batch wait (see CampaignReport.release).
   */
  responses: number | null;
  responseRate: number | null;
  hidden: boolean;
  summary: GroupSummary | null;
}

export interface CampaignReport {
  campaignId: string;
  organizationId: string;
  campaignName: string;
  organizationName: string;
  status: Campaign['status'];
  modelVersion: string;
  /**
   * Whom the campaign asked: its whole organization, or chosen departments only (those of `departments`),
   * whose verdict is theirs and must not be read as the organization's.
   */
  scope: CampaignScope;
  minGroupSize: number;
  /** People whose answers are in the organization's figures; null where the reader may not see them. */
  responses: number | null;
  headcount: number;
  /** Everyone who answered, over the headcount: participation, whatever is released yet. */
  responseRate: number | null;
  /** Null when the organization as a whole has fewer responses than the minimum group size. */
  overall: GroupSummary | null;
  departments: DepartmentReport[];
  /** Null with the overall summary: nothing is analysed below the minimum group size. */
  analysis: CampaignAnalysis | null;
  /** The model's dimensions and scales, so a reader can label every score. */
  dimensions: DimensionDefinition[];
  /**
   * The model version's lines on the 0–100 scale, so a reader can colour every score as the gates judge it:
   * at or below `red` a barrier, from `green` up healthy enough for a full rollout, amber between.
   */
  thresholds: Pick<Thresholds, 'red' | 'green'>;
  decision: Decision;
  /** What HR stated about the organization for this campaign, which the routing gates read (model 2). */
  statedFacts: StatedFact[];
  /** True when this is a department head's view: figures of other departments were taken out. */
  departmentView: boolean;
  /** In a department head's view, what was withheld and why (see restrict-report.ts); null otherwise. */
  view: ReaderView | null;
  /** What to do, in priority order, each with the evidence that called for it. */
  recommendations: Recommendation[];
  /** The first screen: verdict, main barriers, first actions, trust; from the fields above only. */
  summary: ExecutiveSummary;
  /** Free-text comments of the whole organization, once enough people wrote one. */
  comments: CommentDigest;
  /**
   * What the figures are built on (MODEL.md §5.2): answers are released per figure in batches of at least
   * the minimum group size, so no figure moves with one person's answer. Null where the reader may not see
   * the organization's counts.
   */
  release: null | {
    /** Responses received, of which `responses` have answers in the figures. */
    received: number;
    /** Responses some of whose answers wait for more people to answer alike. */
    heldBack: number;
    /** Day of the latest answer the figures include, or null before the first release. */
    releasedOn: string | null;
  };
}

export interface CampaignReportInput {
  organization: Organization;
  campaign: Campaign;
  questionnaire: Questionnaire;
  model: BarrierModel;
  /** Every response received, filed under its reporting unit, in the order they were stored. */
  responses: readonly SurveyResponse[];
}

/** A report over a list of responses: they are filed into a tally one by one, as the server does. */
export function buildCampaignReport(input: CampaignReportInput): CampaignReport {
  const tally = createCampaignTally({
    questionnaire: input.questionnaire,
    model: input.model,
    minGroupSize: input.campaign.minGroupSize,
    commentMinimum: input.campaign.commentMinimum,
  });
  for (const response of input.responses) tally.add(response);
  return reportFromTally({ ...input, figures: tally.figures() });
}

export interface TalliedReportInput {
  /** With its reporting units as its departments (reporting-units.ts). */
  organization: Organization;
  campaign: Campaign;
  questionnaire: Questionnaire;
  model: BarrierModel;
  /** The campaign's figures, kept as its responses arrived (campaign-tally.ts). */
  figures: TalliedFigures;
}

export function reportFromTally(input: TalliedReportInput): CampaignReport {
  const { organization, campaign, questionnaire, model, figures } = input;
  const departments = organization.departments.filter((d) => campaign.departmentIds.includes(d.id));
  const released = (id: string) => figures.units.get(id)?.n ?? 0;
  // Released answers come in whole batches, so a unit has none or at least the minimum; the organization
  // is exactly its shown units, and no second unit needs hiding to protect a first (MODEL.md §5.2).
  const hidden = new Set(departments.filter((d) => released(d.id) < campaign.minGroupSize).map((d) => d.id));
  const headcount = departments.reduce((sum, d) => sum + d.headcount, 0);
  const isShown = figures.overall.n >= campaign.minGroupSize;
  const overall = isShown ? figures.overall : null;

  const departmentReports = departments.map((d): DepartmentReport => {
    const isHidden = hidden.has(d.id);
    return {
      departmentId: d.id,
      name: d.name,
      headcount: d.headcount,
      responses: isHidden ? null : released(d.id),
      responseRate: isHidden || d.headcount === 0 ? null : released(d.id) / d.headcount,
      hidden: isHidden,
      summary: isHidden ? null : figures.units.get(d.id)!,
    };
  });
  const shown = departmentReports
    .filter((d): d is DepartmentReport & { summary: GroupSummary } => d.summary !== null)
    .map((d) => ({
      departmentId: d.departmentId,
      summary: d.summary,
      totals: figures.unitTotals.get(d.departmentId)!,
    }));
  const analysis = isShown
    ? analyseTotals({
        questionnaire,
        model,
        shown,
        minGroupSize: campaign.minGroupSize,
        reliability: figures.reliability,
        drivers: figures.drivers,
        goals: figures.goals,
      })
    : null;

  // Profile shares are figures about people too: none below the minimum group size.
  const profile = isShown ? figures.profile : {};
  // HR's statement counts only where the model reads facts from HR (never stored otherwise since the
  // settings refuse it, but data written before that rule must not route or advise either).
  const facts = model.rules.facts === 'hr' ? campaign.organizationFacts : NO_FACTS;
  const decision = decide({
    model,
    // Participation is judged on everyone who answered; the figures on what is released.
    responses: figures.received,
    headcount,
    minGroupSize: campaign.minGroupSize,
    overall,
    profile,
    facts,
    analysis,
  });
  const recommendations = recommend({
    model,
    decision,
    overall,
    analysis,
    departmentNames: new Map(departments.map((d) => [d.id, d.name])),
    facts,
    trainedShare: profile['okr-trained'] ?? null,
  });
  const responseRate = headcount > 0 ? figures.received / headcount : null;
  return {
    campaignId: campaign.id,
    organizationId: organization.id,
    campaignName: campaign.name,
    organizationName: organization.name,
    status: campaign.status,
    modelVersion: model.version,
    scope: campaign.scope,
    minGroupSize: campaign.minGroupSize,
    responses: figures.overall.n,
    headcount,
    responseRate,
    overall,
    departments: departmentReports,
    analysis,
    dimensions: model.dimensions,
    thresholds: { red: model.thresholds.red, green: model.thresholds.green },
    decision,
    statedFacts: statedFacts(facts),
    departmentView: false,
    view: null,
    recommendations,
    summary: summarize({ decision, recommendations, received: figures.received, responseRate, headcount }),
    comments: figures.comments,
    release: { received: figures.received, heldBack: figures.heldBack, releasedOn: figures.releasedOn },
  };
}
