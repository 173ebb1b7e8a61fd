// Cards ↔ installed base. The engine reads no database: before it decides, the server resolves the
// records a card's reference fields point at (`Ctx.refs`), and after a write it records in
// card_refs which records the card points at (timelines and delete refusals read that table).
import {
  isReferenceType,
  type Fields,
  type ReferenceKind,
  type RefRecord,
  type Refs,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { Kysely } from 'kysely';
import type { CustomerRow, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { lockNames } from '../db/transaction.ts';
import { say } from '../i18n/translate.ts';
import { findCustomerRows } from './customer.repository.ts';
import {
  findEquipmentRows,
  warrantyExpires,
  type EquipmentWithOwner,
} from './equipment.repository.ts';

type Db = Kysely<Database>;

interface RefValue {
  field: string;
  kind: ReferenceKind;
  id: string;
}

/** A customer as the engine (and the board's engine) reads it. */
export function customerRecord(c: CustomerRow): RefRecord {
  return { id: c.id, name: c.name, email: c.email, phone: c.phone, address: c.address };
}

/** A unit as the engine reads it; `customerName` is for display only. */
export function equipmentRecord(u: EquipmentWithOwner): RefRecord {
  return {
    id: u.id,
    serialNumber: u.serial_number,
    product: u.product,
    model: u.model,
    customer: u.customer_id,
    customerName: u.customer_name,
    purchaseDate: u.purchase_date,
    warrantyMonths: u.warranty_months === null ? null : Number(u.warranty_months),
    warrantyExpires: warrantyExpires(u),
    contractExpires: u.contract_expires,
  };
}

/**
 * Every record the cards of a workflow point at, by id: the board hands them to its own engine
 * (so its predictions read what the server reads) and shows their names on the cards.
 */
export async function recordsOfWorkflow(
  db: Db,
  workflowKey: string,
): Promise<Record<string, RefRecord & { kind: ReferenceKind }>> {
  const referenced = (kind: ReferenceKind) =>
    db
      .selectFrom('card_refs')
      .innerJoin('cards', 'cards.id', 'card_refs.card_id')
      .select('card_refs.ref_id')
      .where('cards.workflow_key', '=', workflowKey)
      .where('card_refs.kind', '=', kind);
  const [customers, units] = await Promise.all([
    db.selectFrom('customers').selectAll().where('id', 'in', referenced('customer')).execute(),
    db
      .selectFrom('equipment')
      .leftJoin('customers', 'customers.id', 'equipment.customer_id')
      .selectAll('equipment')
      .select('customers.name as customer_name')
      .where('equipment.id', 'in', referenced('equipment'))
      .execute(),
  ]);
  const out: Record<string, RefRecord & { kind: ReferenceKind }> = {};
  for (const c of customers) out[c.id] = { kind: 'customer', ...customerRecord(c) };
  for (const u of units) out[u.id] = { kind: 'equipment', ...equipmentRecord(u) };
  return out;
}

/** The filled reference fields among `fields`, per the definition's field types. */
export function refValues(definition: WorkflowDefinition, fields: Fields): RefValue[] {
  const out: RefValue[] = [];
  for (const field of definition.fields) {
    const value = fields[field.key];
    if (!isReferenceType(field.type) || typeof value !== 'string' || value.trim() === '') continue;
    out.push({ field: field.key, kind: field.type, id: value });
  }
  return out;
}

export function hasReferenceFields(definition: WorkflowDefinition): boolean {
  return definition.fields.some((f) => isReferenceType(f.type));
}

/**
 * The records `fields` point at, keyed by field, as the engine reads them; throws a 422 naming the
 * field when one points at nothing.
 */
export async function resolveRefs(
  db: Db,
  definition: WorkflowDefinition,
  fields: Fields,
): Promise<Refs> {
  const values = refValues(definition, fields);
  if (values.length === 0) return {};
  const ids = (kind: ReferenceKind) => values.filter((v) => v.kind === kind).map((v) => v.id);
  const [customers, units] = await Promise.all([
    findCustomerRows(db, ids('customer')),
    findEquipmentRows(db, ids('equipment')),
  ]);
  const records = new Map<string, RefRecord>();
  for (const c of customers) records.set(`customer:${c.id}`, customerRecord(c));
  for (const u of units) records.set(`equipment:${u.id}`, equipmentRecord(u));
  const refs: Refs = {};
  for (const v of values) {
    const record = records.get(`${v.kind}:${v.id}`);
    if (!record) {
      const label = definition.fields.find((f) => f.key === v.field)?.label ?? v.field;
      throw new HttpProblem(
        422,
        'unknown-reference',
        say(
          v.kind === 'customer'
            ? 'installedBase.unknownCustomerRef'
            : 'installedBase.unknownUnitRef',
          {
            label,
            id: v.id,
          },
        ),
        { field: v.field },
      );
    }
    refs[v.field] = record;
  }
  return refs;
}

/** The named lock a record's delete holds exclusively and a card pointing at it holds shared. */
export const recordLock = (kind: ReferenceKind, id: string) => `record:${kind}:${id}`;

/** Records in card_refs what the card points at now (inside the card's write transaction). */
export async function syncCardRefs(
  trx: Db,
  cardId: string,
  definition: WorkflowDefinition,
  fields: Fields,
): Promise<void> {
  await trx.deleteFrom('card_refs').where('card_id', '=', cardId).execute();
  const values = refValues(definition, fields);
  if (values.length === 0) return;
  // PostgreSQL writers run side by side: a delete of the record may have checked card_refs after
  // this card read the record. Hold the record's lock (shared) and read it again, so either the
  // delete sees this row or this card sees the record gone (a 422 naming the field).
  await lockNames(
    trx,
    values.map((v) => recordLock(v.kind, v.id)),
    'shared',
  );
  await resolveRefs(trx, definition, fields);
  await trx
    .insertInto('card_refs')
    .values(values.map((v) => ({ card_id: cardId, field: v.field, kind: v.kind, ref_id: v.id })))
    .execute();
}

/** True when an accepted change touched a reference field, so card_refs must follow. */
export function touchesRefs(definition: WorkflowDefinition, changed: Iterable<string>): boolean {
  const keys = new Set(changed);
  return definition.fields.some((f) => isReferenceType(f.type) && keys.has(f.key));
}

/** Titles of (up to `limit`) cards pointing at a record, for a refusal that names them. */
export async function cardsReferencing(
  db: Db,
  kind: ReferenceKind,
  id: string,
  limit = 10,
): Promise<{ id: string; title: string }[]> {
  return db
    .selectFrom('card_refs')
    .innerJoin('cards', 'cards.id', 'card_refs.card_id')
    .select(['cards.id as id', 'cards.title as title'])
    .where('card_refs.kind', '=', kind)
    .where('card_refs.ref_id', '=', id)
    .distinct()
    .orderBy('cards.title')
    .limit(limit)
    .execute();
}

/**
 * After an accepted move: when it changed a reference field (given with the move, or copied by an
 * assignment), card_refs follows and the records are resolved again for the response.
 */
export async function followRefs(
  trx: Db,
  cardId: string,
  definition: WorkflowDefinition,
  result: { changes: Record<string, unknown>; snapshot: { context: { fields: Fields } } },
  before: Refs | undefined,
): Promise<Refs> {
  if (!touchesRefs(definition, Object.keys(result.changes))) return before ?? {};
  const fields = result.snapshot.context.fields;
  await syncCardRefs(trx, cardId, definition, fields);
  return resolveRefs(trx, definition, fields);
}
