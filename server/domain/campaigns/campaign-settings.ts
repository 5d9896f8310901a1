// Changing a campaign after it was created. The rules that decide what a report may show (group sizes,
// reporting groups, languages, target, opening date) are fixed once the campaign opens, so two readers of
// one wave never see it judged by different rules. The closing date may still move while it is open.

import { LANGUAGES, type Language } from '../instrument/barrier-model';
import { MIN_GROUP_SIZE_FLOOR, type Campaign, type ReportingGroup } from './campaign';
import { checkTemplate, type EmailTemplate, type MailKind } from './email-template';
import { ConflictError, InvalidInputError, type FieldError, type ProblemCodeName } from '../errors';
import { isSameName } from './name-key';
import { changeFacts } from './organization-facts';
import { chooseCuts, type CutChoice } from './campaign-cuts';
import type { Department } from './organization';

export interface CampaignChange {
  name?: string;
  minGroupSize?: number;
  commentMinimum?: number;
  languages?: Language[];
  targetResponseRate?: number;
  opensAt?: string | null;
  closesAt?: string | null;
  emailTemplates?: Partial<Record<MailKind, EmailTemplate>>;
  /** HR's answers to change; a fact set to null is no longer given. */
  organizationFacts?: Partial<Record<string, unknown>>;
  /** The demographic cuts the survey adds (campaign-cuts.ts); empty for none. */
  cuts?: readonly CutChoice[];
}

const LOCKED_AT_OPENING = [
  'minGroupSize',
  'commentMinimum',
  'languages',
  'targetResponseRate',
  'opensAt',
  // The routing gates read them: two readers of one wave must see it routed by the same facts.
  'organizationFacts',
  // The survey asks them from the first answer on: a cut added later would have some people's answers only.
  'cuts',
] as const satisfies readonly (keyof CampaignChange)[];

function invalid(code: ProblemCodeName, errors: FieldError[]): never {
  throw new InvalidInputError(
    errors.map((e) => `${e.field} ${e.message}`).join('; '),
    { code, params: {} },
    errors,
  );
}

export function changeCampaign(campaign: Campaign, change: CampaignChange, now: number): Campaign {
  if (campaign.status === 'closed') {
    throw new ConflictError('A closed campaign can no longer be changed.', {
      code: 'campaign.closed',
      params: {},
    });
  }
  const locked = LOCKED_AT_OPENING.filter((key) => change[key] !== undefined);
  if (campaign.status !== 'draft' && locked.length > 0) {
    const settings = locked.join(', ');
    throw new ConflictError(
      `These settings were fixed when the campaign opened and cannot change now: ${settings}.`,
      { code: 'campaign.settings-locked', params: { settings } },
    );
  }
  const next: Campaign = {
    ...campaign,
    ...(change.name === undefined ? {} : { name: change.name }),
    ...(change.minGroupSize === undefined ? {} : { minGroupSize: change.minGroupSize }),
    ...(change.commentMinimum === undefined ? {} : { commentMinimum: change.commentMinimum }),
    ...(change.languages === undefined ? {} : { languages: [...new Set(change.languages)] }),
    ...(change.targetResponseRate === undefined ? {} : { targetResponseRate: change.targetResponseRate }),
    ...(change.opensAt === undefined ? {} : { opensAt: change.opensAt }),
    ...(change.closesAt === undefined ? {} : { closesAt: change.closesAt }),
    emailTemplates: { ...campaign.emailTemplates, ...change.emailTemplates },
    ...(change.organizationFacts === undefined
      ? {}
      : { organizationFacts: changeFacts(campaign.organizationFacts, change.organizationFacts) }),
    ...(change.cuts === undefined ? {} : { cuts: chooseCuts(change.cuts) }),
  };
  const errors: FieldError[] = [];
  if (next.minGroupSize < MIN_GROUP_SIZE_FLOOR) {
    errors.push({
      field: 'minGroupSize',
      message: `must be at least ${MIN_GROUP_SIZE_FLOOR}`,
      code: 'settings.group-size-too-small',
      params: { min: MIN_GROUP_SIZE_FLOOR },
    });
  }
  if (next.commentMinimum < next.minGroupSize) {
    errors.push({
      field: 'commentMinimum',
      message: 'must be at least the minimum group size',
      code: 'settings.comment-minimum-below-group',
    });
  }
  if (next.languages.length === 0 || next.languages.some((l) => !LANGUAGES.includes(l))) {
    const languages = LANGUAGES.join(', ');
    errors.push({
      field: 'languages',
      message: `must name one or more of ${languages}`,
      code: 'settings.languages-unknown',
      params: { languages },
    });
  }
  if (
    next.opensAt !== null &&
    next.closesAt !== null &&
    Date.parse(next.closesAt) <= Date.parse(next.opensAt)
  ) {
    errors.push({
      field: 'closesAt',
      message: 'must be after the opening date',
      code: 'settings.closes-before-opening',
    });
  }
  if (change.closesAt && Date.parse(change.closesAt) <= now)
    errors.push({ field: 'closesAt', message: 'must be in the future', code: 'settings.closes-in-past' });
  for (const [kind, template] of Object.entries(change.emailTemplates ?? {})) {
    // The code and params travel with the message, so the editor can word it in the reader's language.
    for (const e of checkTemplate(template))
      errors.push({ ...e, field: `emailTemplates.${kind}.${e.field}` });
  }
  if (errors.length > 0) invalid('campaign.settings-invalid', errors);
  return next;
}

function assertDraft(campaign: Campaign): void {
  if (campaign.status !== 'draft') {
    throw new ConflictError('Reporting groups are fixed once the campaign opens.', {
      code: 'reporting-group.locked',
      params: {},
    });
  }
}

/** Reports the given departments together under one name from now on. */
export function mergeDepartments(
  campaign: Campaign,
  departments: readonly Department[],
  group: { id: string; name: string; departmentIds: string[] },
): Campaign {
  assertDraft(campaign);
  const ids = [...new Set(group.departmentIds)];
  const grouped = new Set(campaign.reportingGroups.flatMap((g) => g.departmentIds));
  const errors: FieldError[] = [];
  if (ids.length < 2) {
    errors.push({
      field: 'departmentIds',
      message: 'must name at least two departments',
      code: 'reporting-group.too-few-departments',
    });
  }
  for (const id of ids) {
    if (!campaign.departmentIds.includes(id)) {
      errors.push({
        field: 'departmentIds',
        message: `${id} is not a department of this campaign`,
        code: 'reporting-group.department-unknown',
        params: { department: id },
      });
    } else if (grouped.has(id)) {
      const department = nameOf(departments, id);
      errors.push({
        field: 'departmentIds',
        message: `${department} is already in a group`,
        code: 'reporting-group.department-grouped',
        params: { department },
      });
    }
  }
  const taken = [...departments.map((d) => d.name), ...campaign.reportingGroups.map((g) => g.name)];
  if (taken.some((n) => isSameName(n, group.name))) {
    errors.push({
      field: 'name',
      message: 'is already the name of a department or group',
      code: 'reporting-group.name-taken',
    });
  }
  if (errors.length > 0) invalid('reporting-group.invalid', errors);
  const added: ReportingGroup = { id: group.id, name: group.name, departmentIds: ids };
  return { ...campaign, reportingGroups: [...campaign.reportingGroups, added] };
}

export function splitReportingGroup(campaign: Campaign, groupId: string): Campaign {
  assertDraft(campaign);
  if (!campaign.reportingGroups.some((g) => g.id === groupId)) {
    invalid('reporting-group.unknown', [
      {
        field: 'groupId',
        message: 'is not a reporting group of this campaign',
        code: 'reporting-group.unknown',
      },
    ]);
  }
  return { ...campaign, reportingGroups: campaign.reportingGroups.filter((g) => g.id !== groupId) };
}

const nameOf = (departments: readonly Department[], id: string) =>
  departments.find((d) => d.id === id)?.name ?? id;
