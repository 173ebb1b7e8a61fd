// Cards that can be moved forever: deals swinging Proposal ⇄ Negotiation (with a new amount each
// time) and repairs swinging In repair ⇄ Quality check (each failed check recorded).
import type { Fields } from '@stageflow/engine';
import type { Client } from './http-client.ts';

export interface LoopCard {
  id: string;
  workflow: 'deal' | 'repair';
  revision: number;
  stage: string;
}

let counter = 0;

export function nextMove(card: LoopCard): { event: string; fields?: Fields } {
  counter += 1;
  if (card.workflow === 'deal') {
    return card.stage === 'proposal'
      ? { event: 'start_negotiation' }
      : { event: 'revise_proposal', fields: { amount: 1000 + (counter % 997) } };
  }
  return card.stage === 'in_repair'
    ? { event: 'send_to_qc' }
    : { event: 'fail_qc', fields: { qualityCheck: 'failed', diagnosis: `Round ${counter}` } };
}

const SETUP: Record<
  LoopCard['workflow'],
  { fields: Fields; moves: { event: string; fields?: Fields }[] }
> = {
  deal: {
    fields: { customer: 'Nordwind GmbH', amount: 12_000 },
    moves: [{ event: 'qualify' }, { event: 'send_proposal' }],
  },
  repair: {
    fields: { customer: 'Café Lindner', equipment: 'Espresso GS3', serialNumber: 'GS3-7' },
    moves: [
      { event: 'start_diagnosis' },
      { event: 'send_quote', fields: { diagnosis: 'Pump worn', quoteAmount: 180 } },
      { event: 'approve_quote_no_parts' },
    ],
  },
};

/** `count` cards, half deals and half repairs, each already in its loop. */
export async function createLoopCards(client: Client, count: number): Promise<LoopCard[]> {
  const cards: LoopCard[] = [];
  for (let i = 0; i < count; i++) {
    const workflow = i % 2 === 0 ? 'deal' : 'repair';
    const setup = SETUP[workflow];
    const created = await client.send('POST', '/api/cards', {
      workflow,
      title: `Loop ${workflow} ${i}`,
      fields: setup.fields,
    });
    if (created.status !== 201) throw new Error(`create answered ${created.status}`);
    const card = created.json as { id: string; revision: number; stage: string };
    const loop: LoopCard = { id: card.id, workflow, revision: card.revision, stage: card.stage };
    for (const move of setup.moves) {
      const moved = await client.send('POST', `/api/cards/${loop.id}/transitions`, move, {
        'if-match': `"${loop.revision}"`,
      });
      if (moved.status !== 200) throw new Error(`${move.event} answered ${moved.status}`);
      const body = moved.json as { revision: number; stage: string };
      loop.revision = body.revision;
      loop.stage = body.stage;
    }
    cards.push(loop);
  }
  return cards;
}
