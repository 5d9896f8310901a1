import { describe, expect, it } from 'vitest';
import { codeEntryAddress, toCodeCards, toCodeCsv } from '../../../../client/pages/campaign/to-code-sheet';
import { DISTRIBUTION_TEXT } from '../../../../client/pages/campaign/distribution-text';

describe('the sheet of access codes', () => {
  const cards = toCodeCards('https://survey.example.com', ['K7M2Q-9XH4T', '0GGC8-531S0']);

  it('gives each code the link that opens the survey with it, and one short address to type it at', () => {
    expect(cards).toEqual([
      { code: 'K7M2Q-9XH4T', link: 'https://survey.example.com/s/K7M2Q-9XH4T' },
      { code: '0GGC8-531S0', link: 'https://survey.example.com/s/0GGC8-531S0' },
    ]);
    expect(codeEntryAddress('https://survey.example.com')).toBe('https://survey.example.com/code');
  });

  it('downloads as a CSV of codes and links, named after the department in letters and digits only', async () => {
    const { blob, filename } = toCodeCsv('R&D / 研发', cards);
    expect(filename).toBe('access-codes-R-D-研发.csv');
    expect(await blob.text()).toBe(
      'code,link\r\nK7M2Q-9XH4T,https://survey.example.com/s/K7M2Q-9XH4T\r\n0GGC8-531S0,https://survey.example.com/s/0GGC8-531S0\r\n',
    );
  });
});

describe('what the campaign page says about the ways of answering', () => {
  it.each([
    ['en', /one answer per person/, /one answer per code/, /several times, up to the department’s headcount/],
    ['zh-cn', /每人一份回答/, /每个码一份回答/, /多次作答，最多到该部门的人数/],
  ] as const)(
    'says in %s what each way guarantees and what a shared link cannot',
    (language, personal, code, shared) => {
      const text = DISTRIBUTION_TEXT[language];
      expect(text.personalWay).toMatch(personal);
      expect(text.codesWay).toMatch(code);
      expect(text.sharedWay).toMatch(shared);
      expect(text.sharedInsider.length).toBeGreaterThan(40);
    },
  );

  it.each([
    ['en', /shared links take no answers for it/, /holds them, and could answer in those colleagues’ place/],
    ['zh-cn', /共享链接便不再接受该部门的回答/, /可以冒充同事作答/],
  ] as const)(
    'says in %s that the ways are kept apart, and that whoever holds colleagues’ links or codes can answer for them',
    (language, apart, holders) => {
      const text = DISTRIBUTION_TEXT[language];
      expect(text.keptApart).toMatch(apart);
      expect(text.holdersNote).toMatch(holders);
    },
  );

  it('words a burst and near-copies as counts', () => {
    expect(DISTRIBUTION_TEXT.en.alert('the Sales link', 14, { count: 12, minutes: 2 }, 4)).toBe(
      '14 submissions through the Sales link recently; 12 of them within 2 minutes; 4 nearly identical to another.',
    );
    expect(DISTRIBUTION_TEXT['zh-cn'].alert('销售部的链接', 14, null, 4)).toBe(
      '最近通过销售部的链接提交了 14 份；4 份与另一份几乎相同。',
    );
  });
});
