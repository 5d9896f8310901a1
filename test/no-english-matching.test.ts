// No code recovers a meaning from English text. Errors carry their codes from where they are raised
// (server/domain/problem-codes.ts) and the client words codes; reading an error's message, a problem's
// detail or title, or a response's status text with a regular expression, a string search or a comparison
// would tie behaviour to a sentence someone may reword or translate. Every source file is read, none listed.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['server', 'client', 'shared'];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx)$/.test(name) && !name.split(/[\\/]/).includes('node_modules'))
    .map((name) => join(dir, name));
}

/** Comments go (they may quote a sentence), keeping line numbers; `//` inside a string such as a URL stays. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/**
 * Text a person reads, as code reaches it: an error's `message`, a problem's `detail`, a response's
 * `statusText`, or the `title` of a problem or error (a page's or question's title is not one).
 */
const TEXT = String.raw`(?:\b(?:message|detail|statusText)\b|\b(?:problem|error|err|e)\??\.title\b)`;
/** Calls that change case or trim before a search, which do not make it any less a search of English. */
const NORMALISED = String.raw`(?:\s*\)?\s*(?:\?\.|\.)(?:toLowerCase|toUpperCase|toLocaleLowerCase|trim)\(\))*`;

const READINGS: { name: string; pattern: RegExp }[] = [
  {
    name: 'a regular expression tested against it',
    pattern: new RegExp(String.raw`\.(?:test|exec)\(\s*[\w$.?!\[\]]*?${TEXT}`),
  },
  {
    name: 'a string search over it',
    pattern: new RegExp(
      String.raw`${TEXT}${NORMALISED}\s*\)?\s*(?:\?\.|\.)(?:match|matchAll|search|includes|startsWith|endsWith|indexOf|lastIndexOf)\(`,
    ),
  },
  {
    name: 'a comparison with a written sentence',
    pattern: new RegExp(
      // A sentence, not '' (which asks only whether there is any text) nor a type name after typeof.
      String.raw`(?<!typeof\s+[\w$.?!]*)${TEXT}${NORMALISED}\s*[!=]==?\s*(?:'[^']|"[^"]|\x60[^\x60])|(?:'[^']+'|"[^"]+"|\x60[^\x60]+\x60)\s*[!=]==?\s*[\w$.?!]*?${TEXT}`,
    ),
  },
  { name: 'a switch on it', pattern: new RegExp(String.raw`switch\s*\(\s*[\w$.?!]*?${TEXT}`) },
];

interface Finding {
  where: string;
  reading: string;
  line: string;
}

function findingsIn(file: string, source: string): Finding[] {
  const lines = withoutComments(source).split('\n');
  return lines.flatMap((line, index) =>
    READINGS.filter(({ pattern }) => pattern.test(line)).map(({ name }) => ({
      where: `${relative(ROOT, file)}:${index + 1}`,
      reading: name,
      line: source.split('\n')[index]!.trim(),
    })),
  );
}

describe('codes, never English, decide what code does', () => {
  const files = SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('reads every source file of the server, the client and shared/', () => {
    const read = files.map((f) => relative(ROOT, f));
    expect(read).toContain(join('server', 'http', 'problem.ts'));
    expect(read).toContain(join('client', 'components', 'error-text.ts'));
    expect(read.length).toBeGreaterThan(150);
  });

  it('finds no error message, problem detail or status text read for its meaning', () => {
    const findings = files.flatMap((file) => findingsIn(file, readFileSync(file, 'utf8')));
    expect(findings).toEqual([]);
  });

  it.each([
    // What this test was written to end: a code recovered from readCsv's English, and refusals from the
    // server's detail (server/routes/campaign-staff.ts and the survey page, before codes were raised).
    ['a regex over an error message', 'if (/^The file has more than [\\d,]+ rows/.test(message))'],
    ['exec over a message', 'const line = /^line (\\d+):/.exec(message)?.[1];'],
    [
      'a regex over a problem detail',
      'if (/already been used/.test(error.problem.detail)) return text.done;',
    ],
    [
      'a regex over a detail held in a variable',
      'if (/not opened|opens on/.test(detail)) return text.notOpen;',
    ],
    ['includes over a message', "if (error.message.includes('closed')) return;"],
    ['a case-blind search', "return (e as Error).message.toLowerCase().includes('already');"],
    ['startsWith over a detail', "reply.problem?.detail.startsWith('Campaign')"],
    ['match over a status text', 'const code = response.statusText.match(/\\d+/);'],
    ['a comparison with a message', "if (err.message === 'The campaign has closed.') retry();"],
    ['a comparison written the other way round', "if ('Not found' === problem.title) return null;"],
    ['a switch on a detail', 'switch (error.problem.detail) {'],
  ])('catches %s', (_case, line) => {
    expect(findingsIn(join(ROOT, 'client', 'probe.ts'), line)).not.toEqual([]);
  });

  it.each([
    ['a code compared', "if (error.problem.code === 'survey.closed') return;"],
    ['a status compared', 'if (error.problem.status === 409) return;'],
    ['a message shown as it is', '<p>{error.message}</p>'],
    ['a message passed on', 'throw new InvalidInputError(message, coded, errors);'],
    ['a page title', "if (page.title.includes('Goals')) topics.add(page.title);"],
    ['a regex over a URL', 'const origin = /^https?:\\/\\/[^/]+/.exec(url)?.[0];'],
    ['a sentence in a comment', '// the old code did /closed/.test(detail), which this replaces'],
    ['a message asked whether it is text', "if (typeof e.message === 'string') log(e.message);"],
    ['a message asked whether it is empty', "const text = e.message !== '' ? e.message : 'unknown error';"],
    ['a filename read from a header', 'const filename = /filename="([^"]+)"/.exec(disposition)?.[1];'],
  ])('lets %s be', (_case, line) => {
    expect(findingsIn(join(ROOT, 'client', 'probe.ts'), line)).toEqual([]);
  });
});
