// The survey operations as the OpenAPI document shows them.
import { CardSurvey, PublicSurvey, Satisfaction, SurveyAnswer } from '@stageflow/api';
import { registerOperation } from '../http/openapi-registry.ts';
import { SurveyAnswerBody, SurveyQuery } from './survey.schemas.ts';

const tags = ['Satisfaction'];

export function registerSurveyOperations(): void {
  registerOperation({
    method: 'get',
    path: '/api/surveys/:token',
    summary: 'A customer survey, by its signed link (no sign-in)',
    description:
      'The token is the last part of the link the card drawer shows (`/survey/<token>`). Rate limited per client address.',
    tags,
    auth: 'public',
    query: SurveyQuery,
    responses: {
      200: {
        description: 'What the survey is about, and its answer if given',
        schema: PublicSurvey,
      },
      400: { description: 'The token is not shaped like a survey link' },
      404: { description: 'The signature does not match, or no such survey' },
      410: { description: 'The link expired unanswered' },
      429: { description: 'Too many requests from this address' },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/surveys/:token/answer',
    summary: 'Answer a customer survey (once)',
    tags,
    auth: 'public',
    body: SurveyAnswerBody,
    responses: {
      201: { description: 'The answer as recorded', schema: SurveyAnswer },
      400: { description: 'Bad token shape or bad body' },
      404: { description: 'The signature does not match, or no such survey' },
      409: { description: 'Already answered' },
      410: { description: 'The link expired' },
      413: { description: 'The body is over 8 KiB' },
      429: { description: 'Too many requests from this address' },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/cards/:id/survey',
    summary: "The card's latest satisfaction survey and its answer",
    description: 'The link to send the customer is included for admins and managers only.',
    tags,
    auth: 'user',
    responses: {
      200: { description: 'The latest survey, or null when none went out', schema: CardSurvey },
      404: { description: 'No such card' },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/workflows/:key/satisfaction',
    summary: "Satisfaction of a workflow's customers",
    tags,
    auth: 'user',
    responses: {
      200: {
        description: 'Surveys sent and answered, the mean score and how many gave each score',
        schema: Satisfaction,
      },
      404: { description: 'No such workflow' },
    },
  });
}
