import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../server/http/api-types';
import {
  settingsFormOf,
  toCampaignChange,
  toggleLanguage,
} from '../../../../client/pages/campaign/settings-form';

const campaign = {
  minGroupSize: 7,
  commentMinimum: 10,
  languages: ['zh-cn'],
  targetResponseRate: 0.75,
  opensAt: null,
  closesAt: '2026-04-30T23:59:59+08:00',
  organizationFacts: { businessUnits: 'several', kpiSystem: null },
} as unknown as Campaign;

describe('the settings form', () => {
  it('shows the campaign as stored', () => {
    expect(settingsFormOf(campaign)).toMatchObject({
      minGroupSize: '7',
      languages: ['zh-cn'],
      target: '75',
      opensOn: '',
      closesOn: '2026-04-30',
    });
  });

  it('asks a draft for every setting, and HR’s facts only where staff are not asked them', () => {
    const form = { ...settingsFormOf(campaign), target: '60' };
    const change = toCampaignChange(form, { draft: true, askedOfStaff: false });
    expect(change).toMatchObject({ minGroupSize: 7, targetResponseRate: 0.6, opensAt: null });
    expect(change.organizationFacts).toEqual(campaign.organizationFacts);
    expect(toCampaignChange(form, { draft: true, askedOfStaff: true })).not.toHaveProperty(
      'organizationFacts',
    );
  });

  it('asks an opened campaign only for its last day', () => {
    const change = toCampaignChange(settingsFormOf(campaign), { draft: false, askedOfStaff: false });
    expect(Object.keys(change)).toEqual(['closesAt']);
    expect(change.closesAt?.slice(0, 10)).toBe('2026-04-30');
    const cleared = toCampaignChange(
      { ...settingsFormOf(campaign), closesOn: '' },
      { draft: false, askedOfStaff: false },
    );
    expect(cleared).toEqual({ closesAt: null });
  });

  it('keeps languages in their usual order however they are ticked', () => {
    expect(toggleLanguage(['zh-cn'], 'en')).toEqual(['en', 'zh-cn']);
    expect(toggleLanguage(['en', 'zh-cn'], 'en')).toEqual(['zh-cn']);
  });
});
