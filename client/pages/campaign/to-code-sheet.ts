// The codes just made, as the sheet to print and the file to download: each code with the address to type
// it at and the link that opens the survey with it. Codes and addresses hold only letters, digits and the
// characters of a URL, so the file needs no quoting and nothing in it can run as a spreadsheet formula.

export interface CodeCard {
  code: string;
  /** Opens the survey with the code already given. */
  link: string;
}

import { surveyPath } from '../../../shared/public-paths';

/** Where respondents type a code: short enough to copy from paper. */
export const codeEntryAddress = (origin: string) => `${origin}/code`;

export function toCodeCards(origin: string, codes: readonly string[]): CodeCard[] {
  return codes.map((code) => ({ code, link: `${origin}${surveyPath(code)}` }));
}

export function toCodeCsv(department: string, cards: readonly CodeCard[]): { blob: Blob; filename: string } {
  const rows = ['code,link', ...cards.map((c) => `${c.code},${c.link}`)];
  const safe = department.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'department';
  return {
    blob: new Blob([`${rows.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }),
    filename: `access-codes-${safe}.csv`,
  };
}
