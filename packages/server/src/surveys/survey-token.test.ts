import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSurveyToken, surveyToken } from './survey-token.ts';

describe('survey tokens', () => {
  const secret = randomBytes(32);
  const claims = { id: randomUUID(), expiresAt: new Date('2027-01-01T00:00:00Z') };

  it('round-trips the survey id and expiry', () => {
    expect(checkSurveyToken(secret, surveyToken(secret, claims))).toEqual({ ok: true, claims });
  });

  it('refuses a token signed with another secret', () => {
    const other = surveyToken(randomBytes(32), claims);
    expect(checkSurveyToken(secret, other)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses any one-character change to a token', () => {
    const token = surveyToken(secret, claims);
    fc.assert(
      fc.property(
        fc.nat({ max: token.length - 1 }),
        fc.constantFrom(...'0123456789abcdef-_AZ.'),
        (at, char) => {
          fc.pre(token[at] !== char);
          const changed = token.slice(0, at) + char + token.slice(at + 1);
          expect(checkSurveyToken(secret, changed).ok).toBe(false);
        },
      ),
    );
  });

  it('calls text that is not shaped like a token malformed', () => {
    expect(checkSurveyToken(secret, 'hello')).toEqual({ ok: false, reason: 'malformed' });
  });
});
