import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/languages';
import { buildResponseProgress } from '../../../../server/domain/campaigns/response-progress';
import { countByUnit, reportingUnits } from '../../../../server/domain/campaigns/reporting-units';
import type { ChatMessage } from '../../../../server/domain/chat/chat-message';
import { progressForChannel, type ChatProgress } from '../../../../server/domain/chat/chat-progress';
import {
  composeChatMessage,
  type ChatMessageInput,
} from '../../../../server/domain/chat/compose-chat-message';
import { makeDraft, makeOrganization } from '../../../fixtures/make-campaign';

// Names and an address without digits, so that a digit in a message can only come from a figure or a date.
const LINK = 'https://groundwork.example.com/s/ZqxPlk';
const CODE_PAGE = 'https://groundwork.example.com/code';

function input(overrides: Partial<ChatMessageInput> = {}): ChatMessageInput {
  return {
    kind: 'announcement',
    languages: ['en'],
    organizationName: 'Acme',
    campaignName: 'Spring review',
    audienceName: 'Sales',
    invite: 'link',
    surveyUrl: LINK,
    closesOn: null,
    minutes: { en: 12, 'zh-cn': 9 },
    progress: null,
    ...overrides,
  };
}

const progress = (overrides: Partial<ChatProgress> = {}): ChatProgress => ({
  answered: 12,
  headcount: 20,
  targetRate: 0.7,
  unitName: 'Sales',
  ...overrides,
});

/** Every string a platform would show of the message. */
const allText = (m: ChatMessage): string[] => [
  m.title,
  ...m.sections.flatMap((s) => [s.title, ...s.paragraphs]),
  ...(m.action ? [m.action.label, m.action.url] : []),
];

const KINDS = ['test', 'announcement', 'reminder', 'closing'] as const;
const HAN = /\p{Script=Han}/u;

describe('composeChatMessage: what each post says', () => {
  it('announces the survey to a department through its shared link', () => {
    expect(composeChatMessage(input({ closesOn: '2026-12-07' }))).toEqual({
      title: 'Your view, please: Spring review',
      sections: [
        {
          language: 'en',
          title: 'Your view, please: Spring review',
          paragraphs: [
            'Before deciding whether and how to work with OKRs, Acme would like to hear from everyone in Sales about how goals are set and followed up today.',
            'The survey “Spring review” takes about 12 minutes. Please answer by 7 December 2026.',
            'It is anonymous: nobody sees individual answers, and results are only shown for groups large enough that no one can be singled out.',
            'Open it with “Answer the survey” below. The link is shared by the whole group, so please answer only once each.',
          ],
        },
      ],
      action: { label: 'Answer the survey', url: LINK },
    });
  });

  it('runs Chinese sentences together without a space, English ones with one', () => {
    const [en, zh] = composeChatMessage(
      input({ languages: ['en', 'zh-cn'], closesOn: '2026-12-07' }),
    ).sections;
    expect(en!.paragraphs[1]).toMatch(/minutes\. Please answer by/);
    expect(zh!.paragraphs[1]).toMatch(/分钟。请在/);
    const reminder = composeChatMessage(input({ kind: 'reminder', languages: ['zh-cn'] })).sections[0]!;
    expect(reminder.paragraphs.join('')).not.toMatch(/。 /);
  });

  it('gives each language the minutes the questionnaire takes in it', () => {
    const [en, zh] = composeChatMessage(input({ languages: ['en', 'zh-cn'] })).sections;
    expect(en!.paragraphs.join(' ')).toContain('about 12 minutes');
    expect(zh!.paragraphs.join(' ')).toMatch(/9\s*分钟/);
    expect(zh!.paragraphs.join(' ')).not.toContain('12');
  });

  it('asks everyone when the post goes to the whole campaign, and leaves out the date when there is none', () => {
    const [asked, length] = composeChatMessage(input({ audienceName: null })).sections[0]!.paragraphs;
    expect(asked).toContain('would like to hear from everyone about');
    expect(length).toBe('The survey “Spring review” takes about 12 minutes.');
  });

  it.each([
    {
      invite: 'link' as const,
      url: LINK,
      label: 'Answer the survey / 填写问卷',
      says: ['shared by the whole group', 'once each'],
    },
    {
      invite: 'access-code' as const,
      url: CODE_PAGE,
      label: 'Enter your access code / 输入访问码',
      says: ['personal access code', 'on paper or by HR', '“Enter your access code”'],
    },
  ])(
    'tells people with $invite how to answer, in announcements and reminders',
    ({ invite, url, label, says }) => {
      for (const kind of ['announcement', 'reminder'] as const) {
        const m = composeChatMessage(input({ kind, invite, surveyUrl: url, languages: ['en', 'zh-cn'] }));
        expect(m.action).toEqual({ label, url });
        const english = m.sections[0]!.paragraphs.join(' ');
        for (const phrase of says) expect(english).toContain(phrase);
      }
    },
  );

  it.each(['test', 'closing'] as const)('asks nothing of anyone in the %s post: no action', (kind) => {
    expect(composeChatMessage(input({ kind, progress: progress() })).action).toBeNull();
  });

  it('says a test message only checks the channel, naming the campaign and the group', () => {
    expect(composeChatMessage(input({ kind: 'test' })).sections[0]).toEqual({
      language: 'en',
      title: 'Test message: Spring review',
      paragraphs: [
        'This group is now set up to receive messages from Acme about the survey “Spring review” for Sales.',
        'This is only a test: there is nothing to do.',
      ],
    });
    const whole = composeChatMessage(input({ kind: 'test', audienceName: null, languages: ['zh-cn'] }));
    expect(whole.sections[0]!.paragraphs[0]).toBe('本群已设置好，将接收Acme关于问卷“Spring review”的消息。');
  });
});

describe('composeChatMessage: reminders and the closing notice with and without figures', () => {
  it('reminds a group of its progress toward the target, with the closing date', () => {
    const m = composeChatMessage(input({ kind: 'reminder', closesOn: '2026-12-07', progress: progress() }));
    expect(m.title).toBe('Reminder: Spring review');
    expect(m.sections[0]!.paragraphs).toEqual([
      'A reminder from Acme: the survey “Spring review” is still open.',
      'So far 12 of 20 people in Sales have answered (60%); the aim is 70%.',
      'The survey closes on 7 December 2026.',
      'Answers stay anonymous. Open it with “Answer the survey” below. The link is shared by the whole group, so please answer only once each.',
    ]);
  });

  it.each([
    { answered: 2, headcount: 3, en: '(66%)', zh: '（66%）', never: '67' },
    { answered: 1, headcount: 3, en: '(33%)', zh: '（33%）', never: '34' },
    { answered: 199, headcount: 200, en: '(99%)', zh: '（99%）', never: '100%' },
    { answered: 7, headcount: 7, en: '(100%)', zh: '（100%）', never: '101' },
    { answered: 0, headcount: 9, en: '(0%)', zh: '（0%）', never: '1%' },
  ])(
    'rounds $answered of $headcount down to a whole percentage, never overstating',
    ({ answered, headcount, en, zh, never }) => {
      const m = composeChatMessage(
        input({ kind: 'reminder', languages: ['en', 'zh-cn'], progress: progress({ answered, headcount }) }),
      );
      const [english, chinese] = m.sections.map((s) => s.paragraphs[1]!);
      expect(english).toContain(`So far ${answered} of ${headcount} people in Sales have answered ${en}`);
      expect(chinese).toContain(`${headcount} 人中已有 ${answered} 人填写${zh}`);
      for (const text of allText(m)) expect(text).not.toContain(never);
    },
  );

  it.each([
    { targetRate: 0.7, aim: 'the aim is 70%.' },
    { targetRate: 0.55, aim: 'the aim is 55%.' },
    { targetRate: 0.696, aim: 'the aim is 70%.' },
    { targetRate: 0.704, aim: 'the aim is 70%.' },
  ])('states the target $targetRate as a whole percentage', ({ targetRate, aim }) => {
    const m = composeChatMessage(input({ kind: 'reminder', progress: progress({ targetRate }) }));
    expect(m.sections[0]!.paragraphs[1]).toContain(aim);
  });

  it('speaks of everyone asked when the figures are the whole campaign’s', () => {
    const m = composeChatMessage(
      input({ kind: 'reminder', languages: ['en', 'zh-cn'], progress: progress({ unitName: null }) }),
    );
    expect(m.sections.map((s) => s.paragraphs[1])).toEqual([
      'So far 12 of 20 people have answered (60%); the aim is 70%.',
      '目前全部 20 人中已有 12 人填写（60%），目标是 70%。',
    ]);
  });

  it.each(['reminder', 'closing'] as const)(
    'writes a %s without figures with no digit anywhere, in every language',
    (kind) => {
      const m = composeChatMessage(input({ kind, languages: ['en', 'zh-cn'], progress: null }));
      for (const text of allText(m)) expect(text).not.toMatch(/\d|[０-９]/);
    },
  );

  it('says in a reminder without figures that every answer counts', () => {
    const m = composeChatMessage(input({ kind: 'reminder', progress: null, closesOn: '2026-12-07' }));
    expect(m.sections[0]!.paragraphs).toEqual([
      'A reminder from Acme: the survey “Spring review” is still open.',
      'Every answer counts: the more people take part, the better the results show how things really are.',
      'The survey closes on 7 December 2026.',
      'Answers stay anonymous. Open it with “Answer the survey” below. The link is shared by the whole group, so please answer only once each.',
    ]);
  });

  it('leaves out the closing date from a reminder when the campaign has none', () => {
    const m = composeChatMessage(input({ kind: 'reminder', progress: progress(), closesOn: null }));
    expect(m.sections[0]!.paragraphs).toEqual([
      'A reminder from Acme: the survey “Spring review” is still open.',
      'So far 12 of 20 people in Sales have answered (60%); the aim is 70%.',
      'Answers stay anonymous. Open it with “Answer the survey” below. The link is shared by the whole group, so please answer only once each.',
    ]);
  });

  it('gives no figure for a group below the minimum, from the progress the tracking page sees', () => {
    // Sales has 3 answers of 17 people, below the minimum; the campaign has 3 + 48 of 17 + 64.
    const organization = makeOrganization({ sales: 17, ops: 64 });
    const campaign = makeDraft({ departmentIds: ['sales', 'ops'] });
    const { units, unitOf } = reportingUnits(organization, campaign);
    const stored = [
      ...Array.from({ length: 3 }, () => ({ departmentId: 'sales' })),
      ...Array.from({ length: 48 }, () => ({ departmentId: 'ops' })),
    ];
    const tracked = buildResponseProgress({
      units,
      unitOf,
      responsesByUnit: countByUnit(stored, unitOf),
      invitations: [],
      minGroupSize: campaign.minGroupSize,
      targetResponseRate: 0.7,
    });
    for (const kind of ['reminder', 'closing'] as const) {
      const m = composeChatMessage(
        input({
          kind,
          languages: ['zh-cn', 'en'],
          closesOn: '2026-12-07',
          progress: progressForChannel(tracked, unitOf, 'sales'),
        }),
      );
      const dates = /7 December 2026|2026年12月7日/g;
      for (const text of allText(m)) expect(text.replace(dates, '')).not.toMatch(/\d/);
    }
  });

  it('thanks everyone when the survey closes and says how many answered in the group', () => {
    const m = composeChatMessage(
      input({
        kind: 'closing',
        languages: ['en', 'zh-cn'],
        progress: progress({ answered: 7, headcount: 9, unitName: 'Small teams' }),
      }),
    );
    expect(m.title).toBe('Survey closed: Spring review / 问卷已结束：Spring review');
    expect(m.sections.map((s) => s.paragraphs)).toEqual([
      [
        'The survey “Spring review” is now closed.',
        'In all, 7 of 9 people in Small teams answered.',
        'Acme thanks everyone who took the time to answer.',
      ],
      [
        '问卷“Spring review”现已结束。',
        'Small teams的 9 人中共有 7 人填写了问卷。',
        'Acme感谢每一位抽空填写的同事！',
      ],
    ]);
  });

  it('closes the whole campaign with its total, and without figures says only thanks', () => {
    const whole = composeChatMessage(input({ kind: 'closing', progress: progress({ unitName: null }) }));
    expect(whole.sections[0]!.paragraphs[1]).toBe('In all, 12 of 20 people answered.');
    const none = composeChatMessage(input({ kind: 'closing', progress: null }));
    expect(none.sections[0]!.paragraphs).toEqual([
      'The survey “Spring review” is now closed.',
      'Acme thanks everyone who took the time to answer.',
    ]);
  });

  it.each(['test', 'announcement'] as const)(
    'never shows figures in the %s post, even when given',
    (kind) => {
      const m = composeChatMessage(input({ kind, progress: progress({ answered: 3, headcount: 4 }) }));
      for (const text of allText(m)) expect(text).not.toMatch(/[34]/);
    },
  );

  it('shows no proportion for figures over nobody', () => {
    const m = composeChatMessage(
      input({ kind: 'reminder', progress: progress({ answered: 0, headcount: 0 }) }),
    );
    for (const text of allText(m)) expect(text).not.toMatch(/\d|NaN|Infinity/);
  });
});

describe('composeChatMessage: languages', () => {
  it.each([
    { languages: ['en'] as Language[], title: 'Reminder: Spring review', label: 'Answer the survey' },
    { languages: ['zh-cn'] as Language[], title: '提醒：Spring review', label: '填写问卷' },
    {
      languages: ['en', 'zh-cn'] as Language[],
      title: 'Reminder: Spring review / 提醒：Spring review',
      label: 'Answer the survey / 填写问卷',
    },
    {
      languages: ['zh-cn', 'en'] as Language[],
      title: '提醒：Spring review / Reminder: Spring review',
      label: '填写问卷 / Answer the survey',
    },
  ])(
    'writes one section per language, in the campaign’s order: $languages',
    ({ languages, title, label }) => {
      const m = composeChatMessage(input({ kind: 'reminder', languages }));
      expect(m.sections.map((s) => s.language)).toEqual(languages);
      expect(m.title).toBe(title);
      expect(m.sections.map((s) => s.title).join(' / ')).toBe(title);
      expect(m.action?.label).toBe(label);
    },
  );

  it('writes a language listed twice once', () => {
    const m = composeChatMessage(input({ languages: ['zh-cn', 'en', 'zh-cn'] }));
    expect(m.sections.map((s) => s.language)).toEqual(['zh-cn', 'en']);
  });

  it('refuses to write a message in no language', () => {
    expect(() => composeChatMessage(input({ languages: [] }))).toThrow(/at least one language/);
  });

  it.each([
    { closesOn: '2026-12-07', en: '7 December 2026', zh: '2026年12月7日' },
    { closesOn: '2027-01-31', en: '31 January 2027', zh: '2027年1月31日' },
    { closesOn: '2028-02-29', en: '29 February 2028', zh: '2028年2月29日' },
    { closesOn: '2026-02-30', en: '2026-02-30', zh: '2026-02-30' },
    { closesOn: '2026-13-01', en: '2026-13-01', zh: '2026-13-01' },
    { closesOn: '2026-12-00', en: '2026-12-00', zh: '2026-12-00' },
    { closesOn: '2026-00-10', en: '2026-00-10', zh: '2026-00-10' },
    { closesOn: '12026-12-07', en: '12026-12-07', zh: '12026-12-07' },
    { closesOn: '2026-12-077', en: '2026-12-077', zh: '2026-12-077' },
    { closesOn: 'next Friday', en: 'next Friday', zh: 'next Friday' },
  ])('writes the closing date $closesOn in each language’s way', ({ closesOn, en, zh }) => {
    const m = composeChatMessage(input({ kind: 'reminder', languages: ['en', 'zh-cn'], closesOn }));
    expect(m.sections[0]!.paragraphs).toContain(`The survey closes on ${en}.`);
    expect(m.sections[1]!.paragraphs).toContain(`问卷将于${zh}截止。`);
  });

  const cases = KINDS.flatMap((kind) =>
    (['link', 'access-code'] as const).flatMap((invite) =>
      [null, progress()].flatMap((p) =>
        [null, 'Sales'].map((audienceName) => ({ kind, invite, p, audienceName })),
      ),
    ),
  );

  it('writes every Chinese text with Chinese characters, and every English one without', () => {
    for (const { kind, invite, p, audienceName } of cases) {
      const m = composeChatMessage(
        input({
          kind,
          invite,
          progress: p,
          audienceName,
          languages: ['zh-cn', 'en'],
          closesOn: '2026-12-07',
        }),
      );
      const [chinese, english] = m.sections;
      for (const text of [chinese!.title, ...chinese!.paragraphs]) expect(text).toMatch(HAN);
      for (const text of [english!.title, ...english!.paragraphs]) expect(text).not.toMatch(HAN);
      if (m.action) expect(m.action.label.split(' / ')[0]).toMatch(HAN);
    }
  });
});

describe('composeChatMessage: names as plain text', () => {
  it.each([
    { name: '<b>Sales</b> & "Ops" *now* [x](http://evil) @all {{link}}' },
    { name: 'Sales\u202e & <script>alert(1)</script>' },
    { name: 'R&D '.repeat(600).trim() },
  ])('keeps a hostile or very long name exactly as typed: $name', ({ name }) => {
    for (const kind of KINDS) {
      const m = composeChatMessage(
        input({
          kind,
          languages: ['en', 'zh-cn'],
          organizationName: name,
          campaignName: name,
          audienceName: name,
          progress: progress({ unitName: name }),
        }),
      );
      expect(m.title).toContain(name);
      for (const section of m.sections) {
        expect(section.title).toContain(name);
        expect(section.paragraphs.some((p) => p.includes(name))).toBe(true);
      }
    }
  });

  it('trims the blanks around names', () => {
    const m = composeChatMessage(
      input({
        kind: 'test',
        organizationName: '  Acme ',
        campaignName: ' Spring review\n',
        audienceName: ' Sales ',
      }),
    );
    expect(m.title).toBe('Test message: Spring review');
    expect(m.sections[0]!.paragraphs[0]).toBe(
      'This group is now set up to receive messages from Acme about the survey “Spring review” for Sales.',
    );
  });
});
