import { describe, expect, it } from 'vitest';
import { isLanguage, joinList, LANGUAGES, localText } from '../../shared/languages';

describe('languages', () => {
  it('joins names with a comma in English and the enumeration comma in Chinese', () => {
    expect(joinList('en', ['Sales', 'Legal', 'Ops'])).toBe('Sales, Legal, Ops');
    expect(joinList('zh-cn', ['销售', '法务'])).toBe('销售、法务');
    expect(joinList('zh-cn', ['销售'])).toBe('销售');
  });

  it('recognises exactly the languages the product speaks', () => {
    for (const language of LANGUAGES) expect(isLanguage(language)).toBe(true);
    for (const other of ['fr', 'zh', 'EN', '', null, 1]) expect(isLanguage(other)).toBe(false);
  });

  it('writes a text in every language', () => {
    expect(Object.keys(localText('Yes', '是')).sort()).toEqual([...LANGUAGES].sort());
  });
});
