// The font the PDFs are set in: Noto Sans KR (Hangul and Latin in one face), read from its npm
// package so `pnpm install` is all a machine needs. pdfkit embeds only the glyphs a document uses,
// with a ToUnicode map, so the text stays searchable and extractable.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

const require = createRequire(import.meta.url);
const PACKAGE = '@expo-google-fonts/noto-sans-kr';

export interface FormFonts {
  regular: Font;
  bold: Font;
}

let fonts: FormFonts | undefined;

function open(path: string): Font {
  const font = create(readFileSync(require.resolve(`${PACKAGE}/${path}`)));
  if (!('layout' in font)) throw new Error(`${path} is a font collection, not one font`);
  return font;
}

/**
 * Parsed once per process and shared by every document: given a file, pdfkit would parse the
 * 6 MB font again for each PDF, which was most of the time a PDF took.
 */
export function formFonts(): FormFonts {
  fonts ??= {
    regular: open('400Regular/NotoSansKR_400Regular.ttf'),
    bold: open('700Bold/NotoSansKR_700Bold.ttf'),
  };
  return fonts;
}
