// SQL- and script-looking strings, bad preconditions, reused Idempotency-Keys, anonymous writes.
import { dealWorkflow } from '@stageflow/engine';
import { corpusPart, type CorpusTarget, type MalformedRequest } from './corpus-types.ts';

const SQL = [
  "'; DROP TABLE cards; --",
  "deal' OR '1'='1",
  '1; DELETE FROM card_history',
  "x' UNION SELECT * FROM users --",
];
const SCRIPT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
];

export function badStringsAndHeaders(t: CorpusTarget): MalformedRequest[] {
  const { card, move, ifMatch, requests, add } = corpusPart(t);
  // SQL- and script-looking strings where they can only be refused.
  for (const s of [...SQL, ...SCRIPT]) {
    add({
      name: `event ${s}`,
      method: 'POST',
      path: move,
      as: 'manager',
      headers: ifMatch,
      json: { event: s },
      status: s.length > 64 ? 400 : 409,
    });
    add({
      name: `workflow ${s}`,
      method: 'POST',
      path: '/api/cards',
      as: 'manager',
      json: { workflow: s, title: 'x', fields: { customer: 'A' } },
      status: 422,
    });
    add({
      name: `field key ${s}`,
      method: 'POST',
      path: move,
      as: 'manager',
      headers: ifMatch,
      json: { event: 'schedule_demo', fields: { [s]: 'x' } },
      status: 422,
    });
    add({
      name: `card id ${s}`,
      method: 'POST',
      path: `/api/cards/${encodeURIComponent(s)}/transitions`,
      as: 'manager',
      headers: { 'if-match': '"1"' },
      json: { event: 'qualify' },
      status: 404,
    });
    add({
      name: `If-Match ${s}`,
      method: 'POST',
      path: move,
      as: 'manager',
      headers: { 'if-match': s },
      json: { event: 'qualify' },
      status: 400,
    });
    add({
      name: `select value ${s}`,
      method: 'PATCH',
      path: card,
      as: 'manager',
      headers: ifMatch,
      json: { fields: { lostReason: s } },
      status: 422,
    });
    add({
      name: `publish key ${s}`,
      method: 'PUT',
      path: `/api/workflows/${encodeURIComponent(s)}`,
      as: 'admin',
      json: { ...dealWorkflow, key: s, version: 2 },
    });
  }
  add({
    name: 'Idempotency-Key with a newline',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: { ...ifMatch, 'idempotency-key': 'a\tb' },
    json: { event: 'qualify' },
    status: 400,
  });
  add({
    name: 'Idempotency-Key of 201 characters',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: { ...ifMatch, 'idempotency-key': 'k'.repeat(201) },
    json: { event: 'qualify' },
    status: 400,
  });

  // Preconditions.
  add({
    name: 'move without If-Match',
    method: 'POST',
    path: move,
    as: 'manager',
    json: { event: 'qualify' },
    status: 428,
  });
  add({
    name: 'edit without If-Match',
    method: 'PATCH',
    path: card,
    as: 'manager',
    json: { title: 'x' },
    status: 428,
  });
  add({
    name: 'If-Match *',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: { 'if-match': '*' },
    json: { event: 'qualify' },
    status: 400,
  });
  add({
    name: 'If-Match of two ETags',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: { 'if-match': `"${t.dealRevision}", "9"` },
    json: { event: 'qualify' },
    status: 400,
  });
  add({
    name: 'If-Match negative',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: { 'if-match': '"-1"' },
    json: { event: 'qualify' },
    status: 400,
  });
  add({
    name: 'If-Match huge number',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: { 'if-match': '"99999999999999999999"' },
    json: { event: 'qualify' },
    status: 400,
  });

  // Reused Idempotency-Keys with other bodies (the key answered a move of this deal already).
  const reuse = { ...ifMatch, 'idempotency-key': t.usedKey };
  add({
    name: 'used key, other event',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: reuse,
    json: { event: 'mark_lost', fields: { lostReason: 'price' } },
    status: 422,
  });
  add({
    name: 'used key, same event with fields',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: reuse,
    json: { event: 'qualify', fields: { amount: 5 } },
    status: 422,
  });
  add({
    name: 'used key on a new card',
    method: 'POST',
    path: '/api/cards',
    as: 'manager',
    headers: { 'idempotency-key': t.usedKey },
    json: { workflow: 'deal', title: 'x', fields: { customer: 'A' } },
    status: 422,
  });

  // Who may not: anonymous writes.
  add({
    name: 'anonymous move',
    method: 'POST',
    path: move,
    as: 'anonymous',
    headers: ifMatch,
    json: { event: 'qualify' },
    status: 401,
  });
  add({
    name: 'anonymous new card',
    method: 'POST',
    path: '/api/cards',
    as: 'anonymous',
    json: { workflow: 'deal', title: 'x', fields: { customer: 'A' } },
    status: 401,
  });
  return requests;
}
