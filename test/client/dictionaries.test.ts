// Every dictionary of the client speaks both languages in full: the same keys, the same kinds of entries,
// and Chinese words where Chinese is due. The types already catch a missing key; this also catches an English
// sentence pasted into the Chinese entry, and an extra key the types let through. Dictionaries are found, not
// listed: every export of a `*-text.ts` file holding one entry per language is checked, and words kept
// anywhere else fail the last test, so a new page's dictionary cannot be forgotten here.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/languages';

const CLIENT = resolve(import.meta.dirname, '../../client');

const TEXT_MODULES = import.meta.glob<Record<string, unknown>>('../../client/**/*-text.{ts,tsx}', {
  eager: true,
});

type Dictionary = Record<(typeof LANGUAGES)[number], object>;

/** One object per language and nothing else: how every dictionary of the client is shaped. */
function isDictionary(value: unknown): value is Dictionary {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value).sort();
  return (
    keys.join() === [...LANGUAGES].sort().join() &&
    Object.values(value).every((entry) => typeof entry === 'object' && entry !== null)
  );
}

const DICTIONARIES: [string, Dictionary][] = Object.entries(TEXT_MODULES).flatMap(([path, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Dictionary] => isDictionary(entry[1]))
    .map(([name, dictionary]): [string, Dictionary] => [`${path.replace('../../', '')} ${name}`, dictionary]),
);

/** Han characters and CJK or full-width punctuation: a list joined with 、 has no Han but is Chinese. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * Each entry as path → text; a function is called with Latin stand-ins for its arguments: arrays, which
 * read as names and numbers in a template and also serve the entries that join a list, else plain words for
 * an entry that works on its argument as text.
 */
function calledWithStandIns(entry: (...args: unknown[]) => unknown): string {
  try {
    return String(entry(...Array.from({ length: entry.length }, () => ['A', 'B'])));
  } catch {
    return String(entry(...Array.from({ length: entry.length }, () => 'A')));
  }
}

function leaves(entry: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(entry)) {
    const path = prefix + key;
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'function') {
      found.set(`${path}(${value.length})`, calledWithStandIns(value as (...args: unknown[]) => unknown));
    } else for (const [p, text] of leaves(value as object, `${path}.`)) found.set(p, text);
  }
  return found;
}

it('finds the dictionaries of every page, the report’s and the survey’s among them', () => {
  const names = DICTIONARIES.map(([name]) => name.split(' ')[1]);
  expect(names).toEqual(
    expect.arrayContaining(['COMMON_TEXT', 'REPORT_TEXT', 'ADVICE_TEXT', 'ANALYSIS_TEXT', 'SURVEY_TEXT']),
  );
  const pages = readdirSync(join(CLIENT, 'pages'));
  const withDictionary = new Set(DICTIONARIES.map(([name]) => name.split('/')[2]));
  expect(pages.filter((page) => !withDictionary.has(page))).toEqual([]);
});

describe.each(DICTIONARIES)('%s', (_name, dictionary) => {
  const english = leaves(dictionary.en);
  const chinese = leaves(dictionary['zh-cn']);

  it('has the same entries, taking the same number of arguments, in English and Chinese', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty entry', () => {
    for (const [path, text] of [...english, ...chinese]) expect(text.trim(), path).not.toBe('');
  });

  it('writes every Chinese entry in Chinese and every English entry without Chinese', () => {
    for (const [path, text] of chinese) expect(text, path).toMatch(CHINESE);
    for (const [path, text] of english) expect(text, path).not.toMatch(CHINESE);
  });
});

it('exports every dictionary a *-text.ts file writes, so this test reads it', () => {
  const opened = /['"]zh-cn['"]\s*:\s*\{/g;
  const unread = Object.entries(TEXT_MODULES).flatMap(([path, exports]) => {
    const written = readFileSync(resolve(import.meta.dirname, path), 'utf8').match(opened)?.length ?? 0;
    const found = Object.values(exports).filter(isDictionary).length;
    return written > found ? [`${path.replace('../../', '')}: ${written} written, ${found} exported`] : [];
  });
  expect(unread).toEqual([]);
});

it('keeps the client’s words in its *-text.ts files, where this test finds them', () => {
  const sources = readdirSync(CLIENT, { recursive: true, encoding: 'utf8' }).filter(
    (name) => /\.(ts|tsx)$/.test(name) && !/-text\.tsx?$/.test(name),
  );
  // A Chinese entry written in place: `'zh-cn': {` opening a dictionary, or `'zh-cn': '…中文…'`.
  const wordsInPlace = /['"]zh-cn['"]\s*:\s*(\{|['"`][^'"`\n]*[\u4e00-\u9fff])/;
  const found = sources.filter((name) => wordsInPlace.test(readFileSync(join(CLIENT, name), 'utf8')));
  expect(found.map((name) => relative(CLIENT, join(CLIENT, name)))).toEqual([]);
});
