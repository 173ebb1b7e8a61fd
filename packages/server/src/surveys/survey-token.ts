// Survey links carry `<survey id>.<expiry, unix seconds>.<HMAC-SHA256 of both>`: the customer
// needs no account, a changed id or expiry breaks the signature, and nothing secret is stored
// (the token can be made again from the row whenever the drawer shows the link).
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SurveyClaims {
  id: string;
  expiresAt: Date;
}

export type TokenCheck =
  { ok: true; claims: SurveyClaims } | { ok: false; reason: 'malformed' | 'signature' };

const SHAPE = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

function sign(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export function surveyToken(secret: Buffer, claims: SurveyClaims): string {
  const body = `${claims.id}.${Math.floor(claims.expiresAt.getTime() / 1000)}`;
  return `${body}.${sign(secret, body)}`;
}

export function checkSurveyToken(secret: Buffer, token: string): TokenCheck {
  const match = SHAPE.exec(token);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, id, expiry, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(secret, `${id}.${expiry}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature' };
  }
  return { ok: true, claims: { id, expiresAt: new Date(Number(expiry) * 1000) } };
}
