// The settings form's values, derived from the campaign as stored, and the change a submitted form asks
// for. The form holds only what the administrator edited on top of these: the campaign stays the source.

import type { Campaign, CampaignChange } from '../../../server/http/api-types';
import type { OrganizationFacts } from '../../api/client';
import { LANGUAGES, type Language } from '../../../shared/languages';
import { dayToInstant, instantToDay } from './local-day';

export interface SettingsForm {
  minGroupSize: string;
  commentMinimum: string;
  languages: Language[];
  /** The target response rate in percent. */
  target: string;
  opensOn: string;
  closesOn: string;
  facts: Partial<OrganizationFacts>;
}

export function settingsFormOf(campaign: Campaign): SettingsForm {
  return {
    minGroupSize: String(campaign.minGroupSize),
    commentMinimum: String(campaign.commentMinimum),
    languages: campaign.languages,
    target: String(Math.round(campaign.targetResponseRate * 100)),
    opensOn: instantToDay(campaign.opensAt),
    closesOn: instantToDay(campaign.closesAt),
    facts: campaign.organizationFacts,
  };
}

/** A language ticked or unticked, the languages kept in their usual order. */
export function toggleLanguage(languages: readonly Language[], language: Language): Language[] {
  return languages.includes(language)
    ? languages.filter((l) => l !== language)
    : LANGUAGES.filter((l) => l === language || languages.includes(l));
}

/**
 * What saving the form asks the server to change: everything while a draft (HR's facts only where the
 * questionnaire does not ask staff for them), and once opened only the last day, the one thing that may move.
 */
export function toCampaignChange(
  form: SettingsForm,
  { draft, askedOfStaff }: { draft: boolean; askedOfStaff: boolean },
): CampaignChange {
  const closesAt = form.closesOn ? dayToInstant(form.closesOn, 'end') : null;
  if (!draft) return { closesAt };
  return {
    minGroupSize: Number(form.minGroupSize),
    commentMinimum: Number(form.commentMinimum),
    languages: form.languages,
    targetResponseRate: Number(form.target) / 100,
    opensAt: form.opensOn ? dayToInstant(form.opensOn, 'start') : null,
    closesAt,
    ...(askedOfStaff ? {} : { organizationFacts: form.facts }),
  };
}
