// Satisfaction surveys (server: /api/surveys/:token, /api/cards/:id/survey,
// /api/workflows/:key/satisfaction).
import {
  CardSurvey,
  PublicSurvey,
  Satisfaction,
  SurveyAnswer,
  type CardSurveyInfo,
} from '@stageflow/api';
import { api } from '../api/client.ts';

export const SCORES = [1, 2, 3, 4, 5] as const;

const tokenPath = (token: string) => `/api/surveys/${encodeURIComponent(token)}`;

export async function getPublicSurvey(token: string): Promise<PublicSurvey> {
  return (await api.get(tokenPath(token), PublicSurvey)).data;
}

export async function answerSurvey(
  token: string,
  answer: { score: number; comment?: string },
): Promise<SurveyAnswer> {
  return (await api.post(`${tokenPath(token)}/answer`, SurveyAnswer, answer)).data;
}

export async function getCardSurvey(cardId: string): Promise<CardSurveyInfo | null> {
  const path = `/api/cards/${encodeURIComponent(cardId)}/survey`;
  return (await api.get(path, CardSurvey)).data.survey;
}

export async function getSatisfaction(workflowKey: string): Promise<Satisfaction> {
  const path = `/api/workflows/${encodeURIComponent(workflowKey)}/satisfaction`;
  return (await api.get(path, Satisfaction)).data;
}
