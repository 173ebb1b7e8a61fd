// Well-formed JSON with wrong types, unknown and read-only properties.
import { corpusPart, type CorpusTarget, type MalformedRequest } from './corpus-types.ts';

export function badValues(t: CorpusTarget): MalformedRequest[] {
  const { card, move, ifMatch, requests, add } = corpusPart(t);
  // Wrong types, each naming its field.
  const wrong: [string, unknown][] = [
    ['event', 5],
    ['event', null],
    ['event', ''],
    ['event', { type: 'qualify' }],
    ['event', 'q'.repeat(65)],
    ['fields', []],
    ['fields', 'customer=A'],
    ['fields', { amount: { value: 5 } }],
    ['fields', { amount: [5] }],
  ];
  for (const [key, value] of wrong) {
    add({
      name: `move with ${key}=${JSON.stringify(value).slice(0, 30)}`,
      method: 'POST',
      path: move,
      as: 'manager',
      headers: ifMatch,
      json: { event: 'schedule_demo', [key]: value },
    });
  }
  const wrongCard: [string, unknown][] = [
    ['title', 123],
    ['title', ''],
    ['title', '   '],
    ['title', 't'.repeat(201)],
    ['workflow', 7],
    ['fields', [1]],
    ['assignee', 5],
    ['fields', { customer: 42 }],
    ['fields', { amount: 'a lot' }],
    ['fields', { expectedClose: '2025-02-30' }],
    ['fields', { lostReason: 'bored' }],
  ];
  for (const [key, value] of wrongCard) {
    add({
      name: `new card with ${key}=${JSON.stringify(value).slice(0, 30)}`,
      method: 'POST',
      path: '/api/cards',
      as: 'manager',
      json: { workflow: 'deal', title: 'New deal', fields: { customer: 'A' }, [key]: value },
    });
    add({
      name: `edit with ${key}=${JSON.stringify(value).slice(0, 30)}`,
      method: 'PATCH',
      path: card,
      as: 'manager',
      headers: ifMatch,
      json: { [key]: value },
    });
  }
  add({
    name: 'edit with position garbage',
    method: 'PATCH',
    path: card,
    as: 'manager',
    headers: ifMatch,
    json: { position: 'top' },
  });
  add({
    name: 'new card without required fields',
    method: 'POST',
    path: '/api/cards',
    as: 'manager',
    json: { workflow: 'deal', title: 'No customer' },
    status: 422,
  });
  add({
    name: 'edit emptying a required field',
    method: 'PATCH',
    path: card,
    as: 'manager',
    headers: ifMatch,
    json: { fields: { customer: '' } },
    status: 422,
  });

  // Unknown and read-only properties: nobody sets these directly.
  const readOnly = [
    'stage',
    'revision',
    'version',
    'snapshot',
    'id',
    'workflowVersion',
    'createdBy',
    'enteredAt',
    'dueAt',
    'position_key',
    'constructor',
  ];
  for (const key of readOnly) {
    add({
      name: `new card with ${key}`,
      method: 'POST',
      path: '/api/cards',
      as: 'manager',
      json: {
        workflow: 'deal',
        title: 'x',
        fields: { customer: 'A' },
        [key]: key === 'snapshot' ? { value: 'won', context: {} } : 'won',
      },
      status: 400,
    });
    add({
      name: `edit with ${key}`,
      method: 'PATCH',
      path: card,
      as: 'manager',
      headers: ifMatch,
      json: { title: 'Renamed', [key]: key === 'revision' ? 99 : 'won' },
      status: 400,
    });
    add({
      name: `move with ${key}`,
      method: 'POST',
      path: move,
      as: 'manager',
      headers: ifMatch,
      json: { event: 'qualify', [key]: 'won' },
      status: 400,
    });
  }
  add({
    name: 'move with an unknown field key',
    method: 'POST',
    path: move,
    as: 'manager',
    headers: ifMatch,
    json: { event: 'schedule_demo', fields: { stage: 'won' } },
    status: 422,
  });
  add({
    name: 'edit with an unknown field key',
    method: 'PATCH',
    path: card,
    as: 'manager',
    headers: ifMatch,
    json: { fields: { revision: 99 } },
    status: 422,
  });
  add({
    name: 'user with an extra role field',
    method: 'POST',
    path: '/api/users',
    as: 'admin',
    json: {
      email: 'eve@example.test',
      name: 'Eve',
      role: 'admin',
      password: 'long enough pw',
      isAdmin: true,
    },
    status: 400,
  });
  add({
    name: 'user with an invalid role',
    method: 'POST',
    path: '/api/users',
    as: 'admin',
    json: { email: 'eve@example.test', name: 'Eve', role: 'root', password: 'long enough pw' },
    status: 400,
  });
  return requests;
}
