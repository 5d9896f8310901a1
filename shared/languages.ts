// The languages the product speaks, and the few facts about writing in them that the server and the client
// both need at run time. Pure: this folder imports nothing (test/architecture.test.ts checks it).

export type Language = 'en' | 'zh-cn';

/** Every language, in the order pages and forms list them. */
export const LANGUAGES: readonly Language[] = ['en', 'zh-cn'];

/** Text in every language the product speaks: how the model's own words (server/domain) travel. */
export type LocalText = Record<Language, string>;

/** The one way to write a LocalText: English first, then Simplified Chinese. */
export const localText = (en: string, zh: string): LocalText => ({ en, 'zh-cn': zh });

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** Each language by its own name, whatever language the page around it is in. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-cn': '简体中文' };

/** The BCP 47 tag for `lang` attributes and number or date formatting. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** Names in a sentence: Chinese separates them with the enumeration comma, not a comma and a space. */
export function joinList(language: Language, items: readonly string[]): string {
  return items.join(language === 'zh-cn' ? '、' : ', ');
}
