import { describe, expect, it } from 'vitest';
import { acceptedLocale } from './request-locale.ts';

describe('acceptedLocale (Accept-Language)', () => {
  it('takes the supported language ranked highest, by weight and then by order', () => {
    expect(acceptedLocale('ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ko');
    expect(acceptedLocale('fr-CH, fr;q=0.9, en;q=0.8, ko;q=0.7')).toBe('en');
    expect(acceptedLocale('en;q=0.5, ko;q=0.8')).toBe('ko');
    expect(acceptedLocale('ko, en')).toBe('ko');
    expect(acceptedLocale('EN-gb')).toBe('en');
  });

  it('never picks a language the client refused (q=0), and gives nothing for nothing it knows', () => {
    expect(acceptedLocale('ko;q=0, en;q=0.1')).toBe('en');
    expect(acceptedLocale('ko;q=0')).toBeUndefined();
    expect(acceptedLocale('fr, de;q=0.9, *;q=0.5')).toBeUndefined();
    expect(acceptedLocale('')).toBeUndefined();
    expect(acceptedLocale(undefined)).toBeUndefined();
  });

  it('reads malformed weights as hono’s languageDetector did before it (parseAccept)', () => {
    expect(acceptedLocale('ko;q=-1, en')).toBe('en');
    expect(acceptedLocale('ko;q=NaN, en')).toBe('en');
    expect(acceptedLocale('ko;q=1e-3, en;q=0.5')).toBe('en');
    expect(acceptedLocale('ko;q="0.5", en;q=0.9')).toBe('en');
    expect(acceptedLocale('en, ko;q=2')).toBe('en');
    expect(acceptedLocale('ko;q=1.2.3, en;q=0.5')).toBe('ko');
  });
});
