// Satisfaction surveys (server: /api/surveys/:token, /api/cards/:id/survey,
// /api/workflows/:key/satisfaction).
import { api } from '../api/client.ts';

export interface SurveyAnswer {
  score: number;
  comment: string | null;
  answeredAt: string;
}

export interface PublicSurvey {
  title: string;
  workflow: string;
  stage: string;
  closedAt: string;
  expiresAt: string;
  answer: SurveyAnswer | null;
}

export interface CardSurvey {
  id: string;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  /** `/survey/<token>`; null for viewers. */
  link: string | null;
  answer: SurveyAnswer | null;
}

export interface Satisfaction {
  workflow: string;
  sent: number;
  count: number;
  average: number | null;
  distribution: Record<string, number>;
}

export const SCORES = [1, 2, 3, 4, 5] as const;

const tokenPath = (token: string) => `/api/surveys/${encodeURIComponent(token)}`;

export async function getPublicSurvey(token: string): Promise<PublicSurvey> {
  return (await api.get<PublicSurvey>(tokenPath(token))).data;
}

export async function answerSurvey(
  token: string,
  answer: { score: number; comment?: string },
): Promise<SurveyAnswer> {
  return (await api.post<SurveyAnswer>(`${tokenPath(token)}/answer`, answer)).data;
}

export async function getCardSurvey(cardId: string): Promise<CardSurvey | null> {
  const path = `/api/cards/${encodeURIComponent(cardId)}/survey`;
  return (await api.get<{ survey: CardSurvey | null }>(path)).data.survey;
}

export async function getSatisfaction(workflowKey: string): Promise<Satisfaction> {
  const path = `/api/workflows/${encodeURIComponent(workflowKey)}/satisfaction`;
  return (await api.get<Satisfaction>(path)).data;
}
