import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { admin, insertUsers, manager } from '../../test/helpers/fixtures.ts';
import { seedDemo } from './seed.ts';

const NOW = '2026-06-15T10:00:00.000Z';

eachStore('seedDemo', (t) => {
  it('creates a few dozen cards in every lifecycle, spread over stages, every move accepted by the engine', async () => {
    await insertUsers(t.store);
    const result = await seedDemo(t.store, {
      actor: admin,
      assignees: [admin.id, manager.id],
      now: NOW,
    });
    expect(result.refused).toEqual([]);
    expect(result.cards).toBeGreaterThanOrEqual(36);
    const rows = await t.store.db
      .selectFrom('cards')
      .select(['workflow_key', 'stage', 'assignee_id'])
      .execute();
    for (const workflow of ['deal', 'repair', 'return', 'warranty']) {
      const stages = new Set(rows.filter((r) => r.workflow_key === workflow).map((r) => r.stage));
      expect(stages.size, workflow).toBeGreaterThanOrEqual(5);
    }
    // Repair orders opened by claims' moves start unassigned (the workshop picks them up).
    const assigned = rows.filter((r) => r.assignee_id !== null).map((r) => r.assignee_id);
    expect(new Set(assigned)).toEqual(new Set([admin.id, manager.id]));
    const history = await t.store.db
      .selectFrom('card_history')
      .select(['kind', 'at', 'actor_id'])
      .execute();
    // The system's moves are the claims a handed-back repair resolved (signals), not script steps.
    const byPeople = history.filter((h) => h.kind === 'transition' && h.actor_id !== 'system');
    expect(byPeople.length).toBe(result.moves);
    expect(history.every((h) => h.at < NOW)).toBe(true);
  });

  it('points every warranty claim at a unit and repairs and deals at the installed base', async () => {
    await seedDemo(t.store, { actor: admin, now: NOW });
    const refs = await t.store.db
      .selectFrom('card_refs')
      .innerJoin('cards', 'cards.id', 'card_refs.card_id')
      .select(['cards.workflow_key', 'card_refs.field'])
      .execute();
    const claims = await t.store.db
      .selectFrom('cards')
      .select('id')
      .where('workflow_key', '=', 'warranty')
      .execute();
    const count = (workflow: string, field: string) =>
      refs.filter((r) => r.workflow_key === workflow && r.field === field).length;
    expect(count('warranty', 'unit')).toBe(claims.length);
    expect(count('repair', 'unit')).toBeGreaterThan(5);
    expect(count('deal', 'account')).toBeGreaterThan(5);
  });

  it('stocks a few parts, one below its reorder point with its purchase order open, and a repair waiting for it', async () => {
    await seedDemo(t.store, { actor: admin, now: NOW });
    const parts = await t.store.db.selectFrom('parts').selectAll().execute();
    expect(parts.length).toBeGreaterThanOrEqual(5);
    const low = parts.filter((p) => p.on_hand - p.reserved < p.reorder_point);
    expect(low.map((p) => p.sku)).toEqual(['MP-DB-45']);
    const orders = await t.store.db
      .selectFrom('cards')
      .select(['title', 'stage'])
      .where('workflow_key', '=', 'purchase_order')
      .execute();
    expect(orders).toEqual([{ title: 'MP-DB-45 · Drum bearing set', stage: 'requested' }]);
    const lines = await t.store.db.selectFrom('card_parts').select('status').execute();
    expect(lines.map((l) => l.status).sort()).toEqual(['backordered', 'reserved']);
  });

  it('opens linked repairs from approved claims; a handed-back repair resolved its claim', async () => {
    await seedDemo(t.store, { actor: admin, now: NOW });
    const links = await t.store.db
      .selectFrom('card_links')
      .innerJoin('cards as parent', 'parent.id', 'card_links.parent_id')
      .innerJoin('cards as child', 'child.id', 'card_links.child_id')
      .select([
        'parent.title as claim',
        'parent.workflow_key as from',
        'parent.stage as claimStage',
        'child.workflow_key as to',
        'child.stage as repairStage',
      ])
      .execute();
    expect(links.filter((l) => l.from === 'warranty' && l.to === 'repair').length).toBe(4);
    expect(links).toContainEqual({
      claim: 'Pressure washer motor burnt',
      from: 'warranty',
      claimStage: 'resolved',
      to: 'repair',
      repairStage: 'closed',
    });
    expect(links.find((l) => l.claim === 'Dropped laser level')).toMatchObject({
      claimStage: 'closed',
      repairStage: 'received',
    });
  });

  it('adds nothing to a database that already has cards', async () => {
    await seedDemo(t.store, { actor: admin, now: NOW });
    const again = await seedDemo(t.store, { actor: admin, now: NOW });
    expect(again).toEqual({ seeded: false, cards: 0, moves: 0, refused: [] });
  });
});
