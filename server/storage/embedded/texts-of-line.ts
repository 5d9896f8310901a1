// Reads the free texts of one response from its log line without parsing the whole line: a line holds about
// 2 kB of answers and a text or two, and reading texts for every response of a campaign is most of what
// showing them costs. Each text is found by its quoted question id followed by a colon after the start of
// the answers: inside a JSON string every quote is escaped, so that sequence can only be the key itself.
// Anything unexpected (a line written by hand with other spacing or escapes, a question named like a
// field after the answers, a text that is not a string) is parsed the slow, certain way.

const ANSWERS = Buffer.from('"answers":{');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Fields a line may hold after its answers: a question of that name could be mistaken for them. */
const AFTER_ANSWERS = new Set(['key', 'claim']);

function parseWhole(line: Buffer): Record<string, unknown> {
  return (JSON.parse(line.toString('utf8')) as { answers: Record<string, unknown> }).answers;
}

/** The answers of `ids` in the line, each of which the line is known to hold. */
export function textsOfLine(line: Buffer, ids: readonly string[]): Record<string, unknown> {
  const answersAt = line.indexOf(ANSWERS);
  if (answersAt === -1) return parseWhole(line);
  const texts: Record<string, unknown> = {};
  for (const id of ids) {
    if (AFTER_ANSWERS.has(id)) return parseWhole(line);
    const needle = `${JSON.stringify(id)}:`;
    const at = line.indexOf(needle, answersAt + ANSWERS.length);
    const start = at + Buffer.byteLength(needle);
    if (at === -1 || line[start] !== QUOTE) return parseWhole(line);
    let end = start + 1;
    while (end < line.length && line[end] !== QUOTE) end += line[end] === BACKSLASH ? 2 : 1;
    if (end >= line.length) return parseWhole(line);
    texts[id] = JSON.parse(line.toString('utf8', start, end + 1));
  }
  return texts;
}
