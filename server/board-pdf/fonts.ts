// The one font family of the board's PDF: Noto Sans SC, whose TrueType files cover Latin and Chinese alike,
// so a sentence mixing both never falls back to a font that lacks a glyph. Each file is about 10 MB: read
// once per process, on the first PDF asked for, and kept; pdfkit embeds only the glyphs each PDF uses.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface BoardFonts {
  regular: Buffer;
  bold: Buffer;
}

const require = createRequire(import.meta.url);
const fontFile = (weight: string) =>
  require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`);

let loaded: BoardFonts | null = null;

export function boardFonts(): BoardFonts {
  loaded ??= { regular: readFileSync(fontFile('400Regular')), bold: readFileSync(fontFile('700Bold')) };
  return loaded;
}
