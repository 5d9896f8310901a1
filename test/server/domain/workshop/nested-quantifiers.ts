// Reads a RegExp's source and finds the shape that makes a backtracking pattern slower than linear: a
// repeated group that holds a repeat of its own, such as `(a+)+` or `(?:\s*x){0,60}`, which can split one run
// of characters between the two repeats in more ways than the run is long. A static check, so it needs no
// clock: the goal rules' tests run it over every pattern a rule set holds.

interface Frame {
  /** The group holds a quantifier that can repeat (most above one). */
  repeats: boolean;
}

/** The most times a quantifier at `source[at]` lets its atom repeat, and where the quantifier ends. */
function quantifierAt(source: string, at: number): { most: number; end: number } | null {
  const c = source[at];
  if (c === '*' || c === '+') return { most: Infinity, end: at + 1 };
  if (c === '?') return { most: 1, end: at + 1 };
  if (c !== '{') return null;
  const close = source.indexOf('}', at);
  const body = close === -1 ? '' : source.slice(at + 1, close);
  const bounds = /^(\d+)(,(\d*))?$/.exec(body);
  if (!bounds) return null;
  const most = bounds[2] === undefined ? Number(bounds[1]) : bounds[3] === '' ? Infinity : Number(bounds[3]);
  return { most, end: close + 1 };
}

/**
 * The places (indexes into the source) where a group that holds a repeat is itself repeated.
 * @example nestedQuantifiers(/(?:a+)+b/) // [6]
 */
export function nestedQuantifiers(re: RegExp): number[] {
  const source = re.source;
  const stack: Frame[] = [{ repeats: false }];
  const found: number[] = [];
  /** Whether the atom that just ended held a repeat: a closed group's content, else nothing. */
  let atomRepeats = false;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const quantifier = quantifierAt(source, i);
    if (quantifier) {
      if (quantifier.most > 1) {
        if (atomRepeats) found.push(i);
        stack[stack.length - 1]!.repeats = true;
      }
      atomRepeats = false;
      i = quantifier.end;
      if (source[i] === '?') i++; // lazy
      continue;
    }
    atomRepeats = false;
    if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      stack.push({ repeats: false });
      i++;
    } else if (c === ')') {
      const inner = stack.pop()!;
      atomRepeats = inner.repeats;
      // A group's repeat is also a repeat of the group around it.
      if (inner.repeats) stack[stack.length - 1]!.repeats = true;
      i++;
    } else {
      i++;
    }
  }
  return found;
}
