// Bodies that are not what the API reads: broken JSON, non-objects, other media types, huge.
import { dealWorkflow } from '@stageflow/engine';
import { corpusPart, type CorpusTarget, type MalformedRequest } from './corpus-types.ts';

const MIB = 1024 * 1024;

/** The deal workflow with its first transition guarded by `depth` nested `not`s. */
function deeplyGuardedDeal(depth: number) {
  let guard: unknown = { field: 'amount', op: 'gt', value: 0 };
  for (let i = 0; i < depth; i++) guard = { not: guard };
  const [first, ...rest] = dealWorkflow.transitions;
  return { ...dealWorkflow, version: 2, transitions: [{ ...first, guard }, ...rest] };
}

function stream(bytes: number): () => ReadableStream<Uint8Array> {
  return () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(`{"title":"${'x'.repeat(64 * 1024)}`);
    return new ReadableStream({
      pull(controller) {
        if (sent >= bytes) return controller.close();
        controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
  };
}

export function badBodies(t: CorpusTarget): MalformedRequest[] {
  const { card, move, ifMatch, requests, add } = corpusPart(t);
  // Invalid JSON, in every place a body is read.
  const broken = [
    '{',
    '{"event": }',
    "{'event': 'qualify'}",
    '{"event":"qualify"} trailing',
    '',
    'undefined',
    '\u0000',
    '{"event":"qualify",}',
  ];
  for (const raw of broken) {
    add({
      name: `invalid JSON ${JSON.stringify(raw)} on a move`,
      method: 'POST',
      path: move,
      as: 'manager',
      headers: { ...ifMatch, 'content-type': 'application/json' },
      raw,
      status: 400,
    });
  }
  add({
    name: 'invalid JSON on create',
    method: 'POST',
    path: '/api/cards',
    as: 'manager',
    headers: { 'content-type': 'application/json' },
    raw: '{"workflow":"deal",',
    status: 400,
  });
  add({
    name: 'invalid JSON on edit',
    method: 'PATCH',
    path: card,
    as: 'manager',
    headers: { ...ifMatch, 'content-type': 'application/json' },
    raw: '{"title":',
    status: 400,
  });
  add({
    name: 'invalid JSON on publish',
    method: 'PUT',
    path: '/api/workflows/deal',
    as: 'admin',
    headers: { 'content-type': 'application/json' },
    raw: '{"key":"deal"',
    status: 400,
  });
  add({
    name: 'invalid JSON on sign-in',
    method: 'POST',
    path: '/api/session',
    as: 'anonymous',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    raw: '{"email":',
    status: 400,
  });
  // JSON that is not an object.
  for (const json of [null, [], 'qualify', 42, true, [{ event: 'qualify' }]]) {
    add({
      name: `a ${JSON.stringify(json)} body on a move`,
      method: 'POST',
      path: move,
      as: 'manager',
      headers: ifMatch,
      json,
      status: 400,
    });
  }
  add({
    name: 'a JSON array as a new card',
    method: 'POST',
    path: '/api/cards',
    as: 'manager',
    json: [{ workflow: 'deal', title: 'x' }],
    status: 400,
  });
  // Not JSON at all.
  add({
    name: 'text/plain body',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: { ...ifMatch, 'content-type': 'text/plain' },
    raw: '{"event":"qualify"}',
    status: 415,
  });
  add({
    name: 'form body',
    method: 'POST',
    path: '/api/cards',
    as: 'manager',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    raw: 'workflow=deal&title=x',
    status: 415,
  });
  add({
    name: 'no content type',
    method: 'POST',
    path: '/api/cards',
    as: 'manager',
    raw: '{"workflow":"deal","title":"x","fields":{"customer":"A"}}',
    status: 415,
  });

  // Huge bodies, with and without a Content-Length.
  const huge = JSON.stringify({
    workflow: 'deal',
    title: 'x',
    fields: { customer: 'x'.repeat(2 * MIB) },
  });
  add({
    name: '2 MiB new card',
    method: 'POST',
    path: '/api/cards',
    as: 'manager',
    json: JSON.parse(huge),
    status: 413,
  });
  add({
    name: '2 MiB move',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: ifMatch,
    json: { event: 'qualify', fields: { customer: 'y'.repeat(2 * MIB) } },
    status: 413,
  });
  add({
    name: '3 MiB streamed body without Content-Length',
    method: 'POST',
    path: '/api/cards',
    as: 'manager',
    headers: { 'content-type': 'application/json' },
    raw: stream(3 * MIB),
    status: 413,
  });
  add({
    name: 'deeply nested JSON',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: { ...ifMatch, 'content-type': 'application/json' },
    raw: `{"event":"qualify","fields":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    status: 400,
  });
  for (const path of ['/api/workflows/deal/validate', '/api/workflows/deal']) {
    add({
      name: `a guard nested 3,000 levels deep (${path})`,
      method: path.endsWith('validate') ? 'POST' : 'PUT',
      path,
      as: 'admin',
      json: deeplyGuardedDeal(3000),
    });
  }
  add({
    name: '10,000 unknown fields',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: ifMatch,
    json: {
      event: 'schedule_demo',
      fields: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, i])),
    },
  });
  return requests;
}
