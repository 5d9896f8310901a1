// The bilingual review table of a questionnaire (MODEL.md appendix A): every item in both languages with its
// construct, referent and who can answer it, generated from the questionnaire so the two cannot drift.
// `node --import tsx test/questionnaires/review-table.ts` rewrites the appendix in MODEL.md.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BARRIER_MODEL_V2, findScale } from '../../server/domain/instrument/barrier-model';
import {
  parseQuestionnaire,
  type Question,
  type Referent,
} from '../../server/domain/instrument/questionnaire';

export const MODEL_DOC = new URL('../../questionnaires/MODEL.md', import.meta.url);
const QUESTIONNAIRE = new URL('../../questionnaires/readiness-okr-2.json', import.meta.url);
export const START = '<!-- review-table:start -->';
export const END = '<!-- review-table:end -->';

const WHO: Record<Referent, string> = {
  self: 'Everyone, about themselves',
  team: 'Everyone, about the team they work in',
  department: 'Everyone, about their department and those it works with',
  organization: 'Everyone, as they see the company from where they sit',
  scenario: 'Everyone: a described situation, no inside knowledge needed',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function construct(q: Question): string {
  if (q.scale) return `\`${q.scale}\` ${findScale(BARRIER_MODEL_V2, q.scale)?.title.en ?? ''}`;
  return `unscored (\`${q.role}\`)`;
}

/** The table's rows, one per question, in the order respondents meet them. */
export function reviewRows(): string[][] {
  const questionnaire = parseQuestionnaire(JSON.parse(readFileSync(QUESTIONNAIRE, 'utf8')));
  return questionnaire.questions.map((q) => [
    `\`${q.id}\``,
    construct(q),
    q.reverse ? 'R' : '',
    q.referent ?? '',
    q.referent ? WHO[q.referent] : '',
    cell(q.title.en),
    cell(q.title['zh-cn']),
  ]);
}

export const HEADER = ['Question', 'Construct', 'R', 'Referent', 'Who can answer', 'English', '中文'];

export function reviewTable(): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...reviewRows().map(line)].join('\n');
}

/** Rows of the table as MODEL.md holds it, cells trimmed (a formatter may pad them). */
export function documentedRows(doc: string): string[][] {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end === -1) return [];
  return doc
    .slice(start + START.length, end)
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const doc = readFileSync(MODEL_DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`MODEL.md needs ${START} and ${END}`);
  writeFileSync(MODEL_DOC, `${doc.slice(0, start + START.length)}\n\n${reviewTable()}\n\n${doc.slice(end)}`);
  console.log(`Wrote ${reviewRows().length} rows to MODEL.md.`);
}
