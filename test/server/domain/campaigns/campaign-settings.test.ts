import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../server/domain/instrument/barrier-model';
import { withCampaignDefaults, type Campaign } from '../../../../server/domain/campaigns/campaign';
import { changeCampaign, type CampaignChange } from '../../../../server/domain/campaigns/campaign-settings';
import { DEFAULT_TEMPLATES, type EmailTemplate } from '../../../../server/domain/campaigns/email-template';
import { ConflictError, InvalidInputError } from '../../../../server/domain/errors';
import { at, makeClosed, makeDraft, makeOpen } from '../../../fixtures/make-campaign';
import { thrownBy } from '../../../fixtures/thrown-by';

const NOW = at('2026-03-05T09:00:00Z');

/** The default invitation with the English body replaced. */
function invitationWithBody(body: string): EmailTemplate {
  const t = structuredClone(DEFAULT_TEMPLATES.invitation);
  t.en = { ...t.en, body };
  return t;
}

describe('changeCampaign on a draft', () => {
  it('applies every setting HR changes', () => {
    const changed = changeCampaign(
      makeDraft(),
      {
        name: 'Spring 2026',
        minGroupSize: 7,
        commentMinimum: 12,
        languages: ['zh-cn'],
        targetResponseRate: 0.6,
        opensAt: '2026-03-10T08:00:00Z',
        closesAt: '2026-03-24T17:00:00Z',
      },
      NOW,
    );
    expect(changed).toMatchObject({
      name: 'Spring 2026',
      minGroupSize: 7,
      commentMinimum: 12,
      languages: ['zh-cn'],
      targetResponseRate: 0.6,
      opensAt: '2026-03-10T08:00:00Z',
      closesAt: '2026-03-24T17:00:00Z',
    });
  });

  it('leaves settings HR did not mention as they were', () => {
    const before = makeDraft({ minGroupSize: 6 });
    const changed = changeCampaign(before, { name: 'Spring 2026' }, NOW);
    expect(changed).toEqual({ ...before, name: 'Spring 2026' });
  });

  it('keeps the name when HR changes something else, and takes HR’s facts', () => {
    const before = makeDraft();
    const changed = changeCampaign(
      before,
      { minGroupSize: 6, organizationFacts: { maturity: 'mature' } },
      NOW,
    );
    expect(changed.name).toBe(before.name);
    expect(changed.minGroupSize).toBe(6);
    expect(changed.organizationFacts.maturity).toBe('mature');
  });

  it('lists each language once, keeping the first as the default', () => {
    const languages: Language[] = ['zh-cn', 'en', 'zh-cn'];
    expect(changeCampaign(makeDraft(), { languages }, NOW).languages).toEqual(['zh-cn', 'en']);
  });

  it('clears the dates when HR removes them', () => {
    const dated = changeCampaign(
      makeDraft(),
      { opensAt: '2026-03-10T08:00:00Z', closesAt: '2026-03-24T17:00:00Z' },
      NOW,
    );
    expect(changeCampaign(dated, { opensAt: null, closesAt: null }, NOW)).toMatchObject({
      opensAt: null,
      closesAt: null,
    });
  });

  it('replaces one email and keeps the other', () => {
    const invitation = invitationWithBody('Please answer: {{link}}');
    const changed = changeCampaign(makeDraft(), { emailTemplates: { invitation } }, NOW);
    expect(changed.emailTemplates).toEqual({ invitation, reminder: DEFAULT_TEMPLATES.reminder });
  });
});

describe('changeCampaign on an open campaign', () => {
  it('still lets HR rename it, move the closing date and edit the emails', () => {
    const invitation = invitationWithBody('Please answer: {{link}}');
    const changed = changeCampaign(
      makeOpen(),
      { name: 'Spring 2026', closesAt: '2026-04-01T17:00:00Z', emailTemplates: { invitation } },
      NOW,
    );
    expect(changed).toMatchObject({
      status: 'open',
      name: 'Spring 2026',
      closesAt: '2026-04-01T17:00:00Z',
    });
    expect(changed.emailTemplates.invitation).toEqual(invitation);
  });

  it('lets HR remove the closing date', () => {
    const open = makeOpen({ ...makeDraft(), closesAt: '2026-03-24T17:00:00Z' });
    expect(changeCampaign(open, { closesAt: null }, NOW).closesAt).toBeNull();
  });

  it.each<{ change: CampaignChange; named: string }>([
    { change: { minGroupSize: 6 }, named: 'minGroupSize' },
    { change: { commentMinimum: 12 }, named: 'commentMinimum' },
    { change: { languages: ['en'] }, named: 'languages' },
    { change: { targetResponseRate: 0.5 }, named: 'targetResponseRate' },
    { change: { opensAt: '2026-03-10T08:00:00Z' }, named: 'opensAt' },
    { change: { opensAt: null }, named: 'opensAt' },
    {
      change: { name: 'Spring', minGroupSize: 6, languages: ['en'], closesAt: '2026-04-01T17:00:00Z' },
      named: 'minGroupSize, languages',
    },
  ])('refuses $change, naming $named as fixed at opening', ({ change, named }) => {
    const error = thrownBy(() => changeCampaign(makeOpen(), change, NOW));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.coded).toEqual({ code: 'campaign.settings-locked', params: { settings: named } });
  });

  it('lets HR move the closing date of an old campaign whose minimum group size is above 10', () => {
    // Stored before comment minimums existed, with a minimum group size of 12, then loaded as usual.
    const stored: Record<string, unknown> = { ...makeOpen(makeDraft({ minGroupSize: 12 })) };
    delete stored.commentMinimum;
    const loaded = withCampaignDefaults(stored as unknown as Campaign);
    expect(changeCampaign(loaded, { closesAt: '2026-04-01T17:00:00Z' }, NOW).closesAt).toBe(
      '2026-04-01T17:00:00Z',
    );
  });
});

describe('changeCampaign on a closed campaign', () => {
  it.each<CampaignChange>([{ name: 'Spring 2026' }, { closesAt: '2026-04-01T17:00:00Z' }, {}])(
    'refuses any change (%o)',
    (change) => {
      const act = () => changeCampaign(makeClosed(), change, NOW);
      expect(act).toThrow(ConflictError);
      expect(thrownBy(act).coded).toEqual({ code: 'campaign.closed', params: {} });
      expect(thrownBy(act).message).toMatch(/\w/);
    },
  );
});

describe('changeCampaign validation', () => {
  it.each<{ situation: string; campaign?: () => Campaign; change: CampaignChange; errors: object[] }>([
    {
      situation: 'a minimum group size below 3',
      change: { minGroupSize: 2 },
      errors: [{ field: 'minGroupSize', code: 'settings.group-size-too-small', params: { min: 3 } }],
    },
    {
      situation: 'a comment minimum below the minimum group size',
      change: { minGroupSize: 8, commentMinimum: 7 },
      errors: [{ field: 'commentMinimum', code: 'settings.comment-minimum-below-group' }],
    },
    {
      situation: 'a minimum group size raised above the current comment minimum (10)',
      change: { minGroupSize: 11 },
      errors: [{ field: 'commentMinimum', code: 'settings.comment-minimum-below-group' }],
    },
    {
      situation: 'no language',
      change: { languages: [] },
      errors: [
        { field: 'languages', code: 'settings.languages-unknown', params: { languages: 'en, zh-cn' } },
      ],
    },
    {
      situation: 'an unknown language',
      change: { languages: ['en', 'fr' as Language] },
      errors: [
        { field: 'languages', code: 'settings.languages-unknown', params: { languages: 'en, zh-cn' } },
      ],
    },
    {
      situation: 'a closing date before the opening date',
      change: { opensAt: '2026-03-10T08:00:00Z', closesAt: '2026-03-09T17:00:00Z' },
      errors: [{ field: 'closesAt', code: 'settings.closes-before-opening' }],
    },
    {
      situation: 'a closing date at the opening instant',
      change: { opensAt: '2026-03-10T08:00:00Z', closesAt: '2026-03-10T08:00:00Z' },
      errors: [{ field: 'closesAt', code: 'settings.closes-before-opening' }],
    },
    {
      situation: 'an opening date moved past the closing date already set',
      campaign: () => ({ ...makeDraft(), closesAt: '2026-03-24T17:00:00Z' }),
      change: { opensAt: '2026-03-25T08:00:00Z' },
      errors: [{ field: 'closesAt', code: 'settings.closes-before-opening' }],
    },
    {
      situation: 'a closing date in the past',
      change: { closesAt: '2026-03-04T17:00:00Z' },
      errors: [{ field: 'closesAt', code: 'settings.closes-in-past' }],
    },
    {
      situation: 'a closing date at this very instant',
      change: { closesAt: '2026-03-05T09:00:00Z' },
      errors: [{ field: 'closesAt', code: 'settings.closes-in-past' }],
    },
    {
      situation: 'a closing date in the past and before the opening date',
      change: { opensAt: '2026-03-10T08:00:00Z', closesAt: '2026-03-01T08:00:00Z' },
      errors: [
        { field: 'closesAt', code: 'settings.closes-before-opening' },
        { field: 'closesAt', code: 'settings.closes-in-past' },
      ],
    },
    {
      situation: 'an open campaign’s closing date moved into the past',
      campaign: () => makeOpen(),
      change: { closesAt: '2026-03-04T17:00:00Z' },
      errors: [{ field: 'closesAt', code: 'settings.closes-in-past' }],
    },
    {
      situation: 'an invitation without the personal link',
      change: { emailTemplates: { invitation: invitationWithBody('Please answer the survey.') } },
      errors: [
        {
          field: 'emailTemplates.invitation.en.body',
          code: 'template.link-missing',
          params: {},
        },
      ],
    },
    {
      situation: 'a reminder with an unknown placeholder, even on an open campaign',
      campaign: () => makeOpen(),
      change: {
        emailTemplates: {
          reminder: {
            ...DEFAULT_TEMPLATES.reminder,
            'zh-cn': { subject: '提醒：{{survey}}', body: '{{link}}' },
          },
        },
      },
      errors: [
        {
          field: 'emailTemplates.reminder.zh-cn.subject',
          code: 'template.unknown-placeholder',
          params: {
            placeholder: 'survey',
            placeholders: 'name, link, organization, campaign, closes, minutes',
          },
        },
      ],
    },
  ])(
    'refuses $situation, with the field to correct and its code',
    ({ campaign = makeDraft, change, errors }) => {
      const error = thrownBy(() => changeCampaign(campaign(), change, NOW));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.coded).toEqual({ code: 'campaign.settings-invalid', params: {} });
      expect(error.errors.map(({ code, params, field }) => ({ field, code, params }))).toEqual(errors);
      for (const { message } of error.errors) expect(message).toMatch(/^[a-z]+ /);
    },
  );

  it.each([
    { what: 'the smallest minimum group size', change: { minGroupSize: 3 } },
    {
      what: 'a comment minimum equal to the minimum group size',
      change: { minGroupSize: 10, commentMinimum: 10 },
    },
  ])('accepts $what', ({ change }) => {
    expect(changeCampaign(makeDraft(), change, NOW)).toMatchObject(change);
  });

  it('says what is wrong with every field at once', () => {
    const error = thrownBy(() =>
      changeCampaign(makeDraft(), { minGroupSize: 8, commentMinimum: 6, languages: [] }, NOW),
    );
    expect(error.message).toBe(
      'commentMinimum must be at least the minimum group size; languages must name one or more of en, zh-cn',
    );
  });

  it('does not check a closing date HR left alone, even once it has passed', () => {
    const campaign = { ...makeDraft(), closesAt: '2026-03-04T17:00:00Z' };
    expect(changeCampaign(campaign, { name: 'Spring 2026' }, NOW).name).toBe('Spring 2026');
  });
});
