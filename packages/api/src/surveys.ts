// Satisfaction surveys: the customer's page (GET /api/surveys/:token, POST …/answer), a card's
// survey (GET /api/cards/:id/survey) and a workflow's numbers (GET /api/workflows/:key/satisfaction).
import { z } from 'zod';
import { Timestamp } from './time.ts';

export const SurveyAnswer = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().nullable(),
  answeredAt: Timestamp,
});
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

/** What the customer sees: which job the survey is about, in their language. */
export const PublicSurvey = z.strictObject({
  title: z.string(),
  workflow: z.string(),
  stage: z.string(),
  closedAt: Timestamp,
  expiresAt: Timestamp,
  answer: SurveyAnswer.nullable(),
});
export type PublicSurvey = z.infer<typeof PublicSurvey>;

export const CardSurveyInfo = z.strictObject({
  id: z.string(),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  expired: z.boolean(),
  /** `/survey/<token>`; null for viewers. */
  link: z.string().nullable(),
  answer: SurveyAnswer.nullable(),
});
export type CardSurveyInfo = z.infer<typeof CardSurveyInfo>;

/** GET /api/cards/:id/survey: the latest survey, null when none went out. */
export const CardSurvey = z.strictObject({ survey: CardSurveyInfo.nullable() });

export const Satisfaction = z.strictObject({
  workflow: z.string(),
  sent: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  average: z.number().nullable(),
  /** Score ("1" … "5") → how many answered it. */
  distribution: z.record(z.string(), z.number().int().nonnegative()),
});
export type Satisfaction = z.infer<typeof Satisfaction>;
