import { catalogueProblems } from '@stageflow/engine';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { ko } from './ko.ts';

describe('board catalogues', () => {
  it('have the same keys and placeholders in English and Korean, and no empty sentence', () => {
    expect(catalogueProblems(en, ko)).toEqual([]);
  });
});
