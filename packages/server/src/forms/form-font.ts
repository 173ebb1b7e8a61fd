// The font the PDFs are set in: Noto Sans KR (Hangul and Latin in one face), read from its npm
// package so `pnpm install` is all a machine needs. pdfkit embeds only the glyphs a document uses,
// with a ToUnicode map, so the text stays searchable and extractable.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGE = '@expo-google-fonts/noto-sans-kr';

export interface FormFonts {
  regular: Buffer;
  bold: Buffer;
}

let fonts: FormFonts | undefined;

/** Read once per process (about 6 MB each); every document shares the buffers. */
export function formFonts(): FormFonts {
  fonts ??= {
    regular: readFileSync(require.resolve(`${PACKAGE}/400Regular/NotoSansKR_400Regular.ttf`)),
    bold: readFileSync(require.resolve(`${PACKAGE}/700Bold/NotoSansKR_700Bold.ttf`)),
  };
  return fonts;
}
