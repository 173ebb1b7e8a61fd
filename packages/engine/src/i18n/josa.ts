// Korean particles (josa) depend on the last syllable of the word before them: 단계는 but 접수는
// vs 수리는… A label comes from the definition, so the catalogue cannot pick the particle; these
// formatters do, as `{{label, eun}}` → "부품 대기는" / "진단은".

type Particle = readonly [afterConsonant: string, afterVowel: string];

const PARTICLES = {
  eun: ['은', '는'], // topic
  i: ['이', '가'], // subject
  eul: ['을', '를'], // object
  gwa: ['과', '와'], // and / with
  euro: ['으로', '로'], // to / as (ㄹ takes 로)
} as const satisfies Record<string, Particle>;
export type JosaName = keyof typeof PARTICLES;
export const JOSA_NAMES = Object.keys(PARTICLES) as JosaName[];

// How Sino-Korean digits are read: 영 일 이 삼 사 오 육 칠 팔 구 (final consonant, 'ㄹ' or none).
const DIGIT_FINAL = ['ㅇ', 'ㄹ', '', 'ㅁ', '', '', 'ㄱ', 'ㄹ', 'ㄹ', ''];
const RIEUL = 8; // index of ㄹ among Hangul final consonants

/** The final consonant of the last readable character: '' for a vowel, null when unknown. */
function finalOf(text: string): string | null {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code >= 0xac00 && code <= 0xd7a3) {
      const jong = (code - 0xac00) % 28;
      return jong === 0 ? '' : jong === RIEUL ? 'ㄹ' : 'other';
    }
    if (code >= 0x30 && code <= 0x39) return DIGIT_FINAL[code - 0x30] ?? null;
    if (/[\s"'”’)\]」』.,]/.test(text[i] ?? '')) continue;
    return null;
  }
  return null;
}

/** `word` followed by the particle `name` that fits it ("을(를)" when it cannot tell). */
export function withJosa(word: string, name: JosaName): string {
  const [consonant, vowel] = PARTICLES[name];
  const final = finalOf(word);
  if (final === null) return name === 'euro' ? `${word}(으)로` : `${word}${consonant}(${vowel})`;
  if (final === '') return word + vowel;
  if (name === 'euro' && final === 'ㄹ') return word + vowel;
  return word + consonant;
}
