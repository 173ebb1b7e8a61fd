import { describe, expect, it } from 'vitest';
import { catalogueProblems } from './catalogue-check.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

describe('engine catalogues', () => {
  it('have the same keys and placeholders in English and Korean, and no empty sentence', () => {
    expect(catalogueProblems(en, ko)).toEqual([]);
  });

  it('notices a missing key, an empty sentence and a renamed placeholder', () => {
    expect(
      catalogueProblems(
        { a: 'A {{x}}', b: 'B', c: { d: 'D' } },
        { a: 'ㄱ {{y}}', c: { d: ' ' }, e: 'ㅁ' },
      ),
    ).toEqual(['a: en has {{x}}, ko has {{y}}', 'ko lacks b', 'ko c.d is empty', 'en lacks e']);
  });
});
