import { catalogueProblems } from '@stageflow/engine';
import { describe, expect, it } from 'vitest';
import { formTextEn } from './form-text.en.ts';
import { formTextKo } from './form-text.ko.ts';
import { formT } from './form-text.ts';

describe('form wording', () => {
  it('has the same keys and placeholders in English and Korean', () => {
    expect(catalogueProblems(formTextEn, formTextKo)).toEqual([]);
  });

  it('renders a title in each language', () => {
    expect(formT('en')('title.repair-order')).toBe('Repair order');
    expect(formT('ko')('title.repair-order')).toBe('수리 의뢰서');
  });
});
