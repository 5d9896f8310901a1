// Turns the bytes of an uploaded CSV into text. Excel on a Chinese-language Windows saves "CSV" in GBK,
// not UTF-8, and File.text() would turn every Chinese name and department into replacement characters;
// "Unicode text" is UTF-16 with a byte-order mark.

/**
 * UTF-8 is tried first and strictly: GBK text is almost never valid UTF-8, whereas decoding UTF-8 as GBK
 * would garble it silently. GB18030 is the superset of GBK that browsers decode.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
