/**
 * A chart label broken at spaces into lines of at most `width` characters, so the radar's dimension names
 * fit beside a chart as narrow as a phone instead of running off its edge. A word longer than the width
 * keeps a line of its own; Chinese names, without spaces, stay whole (they are short).
 */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ').filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [label];
}
