// A campaign's stored responses held compactly: no object per response, but one small number per answer in
// a column per question, coding the values the question has taken in a dictionary of its own, and the
// department, language and day as indexes into tables of the campaign. A million responses of 73 answers
// take about 125 bytes each. Free texts are not held: a question is taken for free text once it receives a
// string longer than any option (32 characters) or more distinct strings than any question offers (64);
// from then on its strings are read from the log when asked for, through the line's place kept per row.

import type { Language } from '../../domain/instrument/barrier-model';
import type { SurveyResponse } from '../../domain/instrument/response';
import type { AnswerValue, Answers } from '../../domain/instrument/validate-answers';
import { fingerprint } from './fingerprint';
import { BLOCK_SHIFT, KIND_MAX, ROW_MASK, RowBlocks, type BlockKind } from './row-blocks';
import { RowIndex } from './row-index';
import type { StoredResponse } from './stored-response';

/** The code of a question the response did not answer. */
const ABSENT = 0;
/** The code of a free text, held only in the log. */
const IN_LOG = 1;
const FIRST_CODE = 2;
const TEXT_LENGTH = 32;
const TEXT_DISTINCT = 64;

const HAS_TEXT = 1;
const HAS_KEY = 2;
const HAS_CLAIM = 4;
/** The id is not a lowercase UUID: it is kept in `otherIds` and its fingerprint in the id column. */
const OTHER_ID = 8;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One question's column and the dictionary of the values it has taken. */
export interface QuestionColumn {
  id: string;
  codes: RowBlocks;
  /** The value of code FIRST_CODE + i. */
  values: unknown[];
  /** Whether the question takes free text: its strings are left out of a scan without texts. */
  isText: boolean;
  strings: Map<string, number>;
  scalars: Map<unknown, number>;
  /** Lists (a choice of several) and anything else, by their JSON. */
  others: Map<string, number>;
}

/** Values referred to by index from a column (departments, languages, days). */
export class ValueTable<T> {
  readonly values: T[] = [];
  private readonly index = new Map<T, number>();

  constructor(values: readonly T[] = []) {
    for (const v of values) this.indexOf(v);
  }

  indexOf(value: T): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }

  find(value: T): number | undefined {
    return this.index.get(value);
  }
}

export function newQuestionColumn(id: string, kind: BlockKind = 'u8'): QuestionColumn {
  return {
    id,
    codes: new RowBlocks(kind),
    values: [],
    isText: false,
    strings: new Map(),
    scalars: new Map(),
    others: new Map(),
  };
}

/** Adds a value to the question's dictionary, widening its codes when they no longer fit. */
export function addValue(q: QuestionColumn, value: unknown): number {
  const code = FIRST_CODE + q.values.length;
  q.values.push(value);
  if (typeof value === 'string') q.strings.set(value, code);
  else if (typeof value === 'object' && value !== null) q.others.set(JSON.stringify(value), code);
  else q.scalars.set(value, code);
  if (code > KIND_MAX[q.codes.kind]) q.codes.widen(q.codes.kind === 'u8' ? 'u16' : 'u32');
  return code;
}

function codeOf(q: QuestionColumn, value: unknown): number {
  if (typeof value === 'string') {
    const known = q.strings.get(value);
    if (known !== undefined) return known;
    if (!q.isText && (value.length > TEXT_LENGTH || q.strings.size >= TEXT_DISTINCT)) q.isText = true;
    return q.isText ? IN_LOG : addValue(q, value);
  }
  if (typeof value === 'object' && value !== null) {
    return q.others.get(JSON.stringify(value)) ?? addValue(q, value);
  }
  return q.scalars.get(value) ?? addValue(q, value);
}

/** A value as handed out: lists copied, so that a caller changing one changes nothing held. */
function copyOf(value: unknown): AnswerValue {
  if (typeof value !== 'object' || value === null) return value as AnswerValue;
  return (Array.isArray(value) ? value.slice() : JSON.parse(JSON.stringify(value))) as AnswerValue;
}

/** Where a UUID's 16 bytes are put together and taken apart. */
const UUID_BYTES = Buffer.alloc(16);

/** Puts a lowercase UUID's four 32-bit words into UUID_BYTES. */
function uuidWords(id: string): Buffer {
  UUID_BYTES.write(id.replaceAll('-', ''), 'hex');
  return UUID_BYTES;
}

/**
 * A function making an answers object from values in question order, leaving out those undefined. Made as
 * code naming each question, because an object given more than a dozen properties through computed names
 * is kept by V8 as a slow hash table, while named ones keep it a fast object: three times quicker to make
 * a million of, and quicker to read for whoever adds them up. Each id is written as a JSON string, which
 * is a JavaScript string literal, so no id can be anything but a property name; "__proto__", which would
 * set the prototype, is set as an own property like JSON.parse does.
 */
function answersBuilder(ids: readonly string[]): (values: unknown[]) => Answers {
  if (ids.includes('__proto__')) {
    return (values) => {
      const answers: Answers = {};
      ids.forEach((id, i) => {
        if (values[i] !== undefined)
          Object.defineProperty(answers, id, {
            value: values[i],
            enumerable: true,
            writable: true,
            configurable: true,
          });
      });
      return answers;
    };
  }
  const lines = ids.map((id, i) => `if (v[${i}] !== undefined) a[${JSON.stringify(id)}] = v[${i}];`);
  // oxlint-disable-next-line no-new-func -- see above: named stores, with every name a quoted literal
  return new Function('v', `const a = {};\n${lines.join('\n')}\nreturn a;`) as (values: unknown[]) => Answers;
}

export class CampaignColumns {
  rows = 0;
  readonly ids = new RowBlocks('u32', 4);
  /** Where each response's line starts in the log, and its length in bytes without the newline. */
  readonly offsets = new RowBlocks('f64');
  readonly lengths = new RowBlocks('u32');
  readonly departmentOf = new RowBlocks('u16');
  readonly languageOf = new RowBlocks('u8');
  readonly dayOf = new RowBlocks('u16');
  readonly flags = new RowBlocks('u8');
  readonly keys = new RowBlocks('u32', 2);
  readonly claims = new RowBlocks('u32', 2);
  departments = new ValueTable<string>();
  languages = new ValueTable<unknown>();
  days = new ValueTable<string>();
  questions: QuestionColumn[] = [];
  private questionById = new Map<string, QuestionColumn>();
  otherIds = new Map<number, string>();
  departmentCounts: number[] = [];
  private keyIndex = this.newKeyIndex();
  /** Makes a response's answers from its values in question order; remade when a question is added. */
  private buildAnswers: ((values: unknown[]) => Answers) | null = null;
  private readonly scratch: unknown[] = [];

  constructor(readonly campaignId: string) {}

  /** Every per-row column other than the answers', in the order a checkpoint holds them. */
  fixedColumns(): RowBlocks[] {
    return [
      this.ids,
      this.offsets,
      this.lengths,
      this.departmentOf,
      this.languageOf,
      this.dayOf,
      this.flags,
      this.keys,
      this.claims,
    ];
  }

  /** Takes in the tables and questions a checkpoint held, before its columns are read into place. */
  restore(
    tables: { departments: string[]; languages: unknown[]; days: string[] },
    questions: QuestionColumn[],
    otherIds: Map<number, string>,
  ): void {
    this.departments = new ValueTable(tables.departments);
    this.languages = new ValueTable(tables.languages);
    this.days = new ValueTable(tables.days);
    this.questions = questions;
    this.questionById = new Map(questions.map((q) => [q.id, q]));
    this.buildAnswers = null;
    this.otherIds = otherIds;
  }

  /** Derives what is not checkpointed (counts per department, the key index) once the rows are in place. */
  derive(): void {
    this.departmentCounts = this.departments.values.map(() => 0);
    this.keyIndex = this.newKeyIndex();
    for (let row = 0; row < this.rows; row++) {
      this.departmentCounts[this.departmentOf.get(row)]!++;
      if (this.flags.get(row) & HAS_KEY) this.keyIndex.add(row);
    }
  }

  private newKeyIndex(): RowIndex {
    return new RowIndex((row) => this.keys.get(row, 1));
  }

  /** Adds a response as the row after the last; `offset` and `length` place its line in the log. */
  add(stored: StoredResponse, offset: number, length: number): number {
    const row = this.rows;
    let flags = 0;
    if (UUID.test(stored.id)) {
      const bytes = uuidWords(stored.id);
      for (let k = 0; k < 4; k++) this.ids.set(row, bytes.readUInt32BE(k * 4), k);
    } else {
      const fp = fingerprint(stored.id);
      this.ids.set(row, fp[0]!, 0);
      this.ids.set(row, fp[1]!, 1);
      this.ids.set(row, 0, 2);
      this.ids.set(row, 0, 3);
      this.otherIds.set(row, stored.id);
      flags |= OTHER_ID;
    }
    this.offsets.set(row, offset);
    this.lengths.set(row, length);
    const department = this.departments.indexOf(stored.departmentId);
    this.departmentOf.set(row, department);
    this.departmentCounts[department] = (this.departmentCounts[department] ?? 0) + 1;
    this.languageOf.set(row, this.languages.indexOf(stored.language));
    this.dayOf.set(row, this.days.indexOf(stored.submittedOn));
    // A new row's codes are all zero (ABSENT) until set: blocks start as zeros, and rows are never reused
    // without clearing (see RowBlocks.compact).
    const answers = stored.answers as Record<string, unknown>;
    for (const id in answers) {
      let q = this.questionById.get(id);
      if (!q) {
        q = newQuestionColumn(id);
        this.questions.push(q);
        this.questionById.set(id, q);
        this.buildAnswers = null;
      }
      const code = codeOf(q, answers[id]);
      q.codes.set(row, code);
      if (code === IN_LOG) flags |= HAS_TEXT;
    }
    if (stored.key !== undefined) {
      const fp = fingerprint(stored.key);
      this.keys.set(row, fp[0]!, 0);
      this.keys.set(row, fp[1]!, 1);
      flags |= HAS_KEY;
    }
    if (stored.claim !== undefined) {
      const fp = fingerprint(stored.claim);
      this.claims.set(row, fp[0]!, 0);
      this.claims.set(row, fp[1]!, 1);
      flags |= HAS_CLAIM;
    }
    this.flags.set(row, flags);
    this.rows++;
    if (flags & HAS_KEY) this.keyIndex.add(row);
    return row;
  }

  /** Whether the row holds an answer that is only in the log. */
  hasText(row: number): boolean {
    return (this.flags.get(row) & HAS_TEXT) !== 0;
  }

  /** The questions whose answer in this row is held only in the log. */
  textIds(row: number): string[] {
    const b = row >>> BLOCK_SHIFT;
    const at = row & ROW_MASK;
    return this.questions.filter((q) => q.isText && q.codes.block(b)?.[at] === IN_LOG).map((q) => q.id);
  }

  idOf(row: number): string {
    if (this.flags.get(row) & OTHER_ID) return this.otherIds.get(row)!;
    for (let k = 0; k < 4; k++) UUID_BYTES.writeUInt32BE(this.ids.get(row, k), k * 4);
    const d = UUID_BYTES.toString('hex');
    return `${d.slice(0, 8)}-${d.slice(8, 12)}-${d.slice(12, 16)}-${d.slice(16, 20)}-${d.slice(20)}`;
  }

  /** A 32-bit hash of a row's id, for finding repeated lines. */
  idHash(row: number): number {
    return (this.ids.get(row, 0) ^ this.ids.get(row, 3)) >>> 0;
  }

  /** The hash of an id as idHash() gives it, and whether a row holds exactly that id. */
  idMatcher(id: string): { hash: number; matches: (row: number) => boolean } {
    if (UUID.test(id)) {
      const bytes = uuidWords(id);
      const words = [0, 1, 2, 3].map((k) => bytes.readUInt32BE(k * 4));
      return {
        hash: (words[0]! ^ words[3]!) >>> 0,
        matches: (row) =>
          (this.flags.get(row) & OTHER_ID) === 0 && words.every((w, k) => this.ids.get(row, k) === w),
      };
    }
    return { hash: fingerprint(id)[0]!, matches: (row) => this.otherIds.get(row) === id };
  }

  /** The rows holding any of these ids, in one pass that builds no id string. */
  rowsWithIds(ids: Iterable<string>): number[] {
    const byHash = new Map<number, ((row: number) => boolean)[]>();
    for (const id of ids) {
      const { hash, matches } = this.idMatcher(id);
      byHash.set(hash, [...(byHash.get(hash) ?? []), matches]);
    }
    const rows: number[] = [];
    for (let row = 0; row < this.rows; row++) {
      const candidates = byHash.get(this.idHash(row));
      if (candidates?.some((matches) => matches(row))) rows.push(row);
    }
    return rows;
  }

  hasKey(key: string): boolean {
    const fp = fingerprint(key);
    const [high, low] = [fp[0]!, fp[1]!];
    return (
      this.keyIndex.find(low, (row) => this.keys.get(row, 0) === high && this.keys.get(row, 1) === low) !== -1
    );
  }

  /** The fingerprint of the row's claim, if its response spent a personal link or an access code. */
  claimOf(row: number): { high: number; low: number } | null {
    if ((this.flags.get(row) & HAS_CLAIM) === 0) return null;
    return { high: this.claims.get(row, 0), low: this.claims.get(row, 1) };
  }

  countIn(departmentId: string): number {
    const d = this.departments.find(departmentId);
    return d === undefined ? 0 : (this.departmentCounts[d] ?? 0);
  }

  countByDepartment(): Record<string, number> {
    const counts: Record<string, number> = {};
    this.departmentCounts.forEach((n, d) => {
      if (n > 0) counts[this.departments.values[d]!] = n;
    });
    return counts;
  }

  /**
   * The row as a response. `texts` are the answers of its log line, for those held only there; without
   * them (`withTexts` false) the answers of free-text questions are left out altogether.
   */
  response(row: number, texts: Record<string, unknown> | null, withTexts: boolean): SurveyResponse {
    const values = this.scratch;
    const questions = this.questions;
    const b = row >>> BLOCK_SHIFT;
    const at = row & ROW_MASK;
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i]!;
      const code = q.codes.block(b)?.[at] ?? ABSENT;
      values[i] =
        code === ABSENT || (q.isText && !withTexts)
          ? undefined
          : code === IN_LOG
            ? texts?.[q.id]
            : copyOf(q.values[code - FIRST_CODE]);
    }
    this.buildAnswers ??= answersBuilder(questions.map((q) => q.id));
    const answers = this.buildAnswers(values);
    return {
      id: this.idOf(row),
      campaignId: this.campaignId,
      departmentId: this.departments.values[this.departmentOf.get(row)]!,
      language: this.languages.values[this.languageOf.get(row)] as Language,
      submittedOn: this.days.values[this.dayOf.get(row)]!,
      answers,
    };
  }

  /** Keeps only the rows listed (ascending), at their new places in a rewritten log. */
  keepRows(kept: Uint32Array, offsets: Float64Array): void {
    for (const column of [...this.fixedColumns(), ...this.questions.map((q) => q.codes)])
      column.compact(kept);
    const otherIds = new Map<number, string>();
    kept.forEach((from, to) => {
      const id = this.otherIds.get(from);
      if (id !== undefined) otherIds.set(to, id);
      this.offsets.set(to, offsets[to]!);
    });
    this.otherIds = otherIds;
    this.rows = kept.length;
    this.derive();
  }
}
