import { LOCALES } from '@stageflow/engine';
import { z } from 'zod';

export const MAX_SURVEY_COMMENT = 2_000;

export const SurveyAnswerBody = z.strictObject({
  score: z.number().int().min(1).max(5).describe('1 (very unhappy) to 5 (very happy)'),
  comment: z.string().max(MAX_SURVEY_COMMENT).optional(),
});

export const SurveyQuery = z.strictObject({
  lang: z.enum(LOCALES).optional().describe('The language of the names shown'),
});
