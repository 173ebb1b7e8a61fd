// CSV import of customers and equipment: every row is checked first, and either every row is
// written in one transaction or none is (the 422 lists each bad row by line and column).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Store } from '../db/database.ts';
import type { CustomerRow, EquipmentRow } from '../db/schema.ts';
import { writeTransaction, type WriteTx } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import {
  findCustomerRow,
  findCustomersByName,
  insertCustomerRow,
  updateCustomerRow,
} from './customer.repository.ts';
import {
  findEquipmentBySerial,
  insertEquipmentRow,
  updateEquipmentRow,
} from './equipment.repository.ts';
import { equipmentColumns } from './installed-base.service.ts';
import { CustomerBody, EquipmentBody } from './installed-base.schemas.ts';
import { readCsv, type CsvProblem, type CsvRow } from './csv-rows.ts';

export const CUSTOMER_COLUMNS = ['id', 'name', 'email', 'phone', 'address', 'notes'] as const;
export const EQUIPMENT_COLUMNS = [
  'id',
  'serialNumber',
  'product',
  'model',
  'customerId',
  'customerName',
  'purchaseDate',
  'warrantyMonths',
  'contractExpires',
  'notes',
] as const;

export interface ImportCounts {
  created: number;
  updated: number;
}

function refused(problems: CsvProblem[]): HttpProblem {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const first = sorted
    .slice(0, 5)
    .map((p) => `line ${p.line}${p.column ? ` (${p.column})` : ''}: ${p.message}`)
    .join('; ');
  // The rows' own messages stay English (they also come from the schema); the frame is translated.
  return new HttpProblem(
    422,
    'csv-invalid',
    say('installedBase.csvInvalid', {
      count: sorted.length,
      first: `${first}${sorted.length > 5 ? '; …' : ''}`,
    }),
    { errors: sorted },
  );
}

/** A row through a body schema; its issues become problems at the row's line and column. */
function parseRow<S extends z.ZodType>(
  schema: S,
  row: CsvRow,
  input: Record<string, unknown>,
  problems: CsvProblem[],
  columnOf: (key: string) => string = (key) => key,
): z.output<S> | null {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    problems.push({ line: row.line, column: key ? columnOf(key) : null, message: issue.message });
  }
  return null;
}

const orNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);

export function importCustomers(store: Store, text: string, at: string): Promise<ImportCounts> {
  const table = readCsv(text, CUSTOMER_COLUMNS, ['name']);
  if (table.problems.length > 0) throw refused(table.problems);
  return writeTransaction(store, async (trx) => {
    const problems: CsvProblem[] = [];
    const seenIds = new Map<string, number>();
    const writes: { row: CustomerRow; exists: boolean }[] = [];
    for (const row of table.rows) {
      const { id, ...rest } = row.values;
      const body = parseRow(
        CustomerBody,
        row,
        {
          name: rest.name ?? '',
          email: orNull(rest.email),
          phone: orNull(rest.phone),
          address: orNull(rest.address),
          notes: orNull(rest.notes),
        },
        problems,
      );
      const givenId = orNull(id);
      if (givenId !== null) {
        const earlier = seenIds.get(givenId);
        if (earlier !== undefined) {
          problems.push({
            line: row.line,
            column: 'id',
            message: `Customer ${givenId} is already on line ${earlier}.`,
          });
          continue;
        }
        seenIds.set(givenId, row.line);
      }
      if (!body) continue;
      const existing = givenId ? await findCustomerRow(trx, givenId) : undefined;
      writes.push({
        exists: existing !== undefined,
        row: {
          id: givenId ?? randomUUID(),
          name: body.name,
          email: body.email ?? null,
          phone: body.phone ?? null,
          address: body.address ?? null,
          notes: body.notes ?? null,
          created_at: existing?.created_at ?? at,
          updated_at: at,
        },
      });
    }
    if (problems.length > 0) throw refused(problems);
    for (const { row, exists } of writes) {
      if (exists) await updateCustomerRow(trx, row.id, row);
      else await insertCustomerRow(trx, row);
    }
    const updated = writes.filter((w) => w.exists).length;
    return { created: writes.length - updated, updated };
  });
}

/** The owner a row names: by id, else by exact name (which must be one customer's). */
async function ownerOf(
  trx: WriteTx,
  row: CsvRow,
  problems: CsvProblem[],
): Promise<string | null | undefined> {
  const id = orNull(row.values.customerId);
  const name = orNull(row.values.customerName);
  if (id !== null) {
    if (await findCustomerRow(trx, id)) return id;
    problems.push({ line: row.line, column: 'customerId', message: `There is no customer ${id}.` });
    return undefined;
  }
  if (name === null) return null;
  const matches = await findCustomersByName(trx, name);
  if (matches.length === 1) return matches[0]!.id;
  problems.push({
    line: row.line,
    column: 'customerName',
    message:
      matches.length === 0
        ? `There is no customer called "${name}".`
        : `More than one customer is called "${name}"; give the customerId instead.`,
  });
  return undefined;
}

export function importEquipment(store: Store, text: string, at: string): Promise<ImportCounts> {
  const table = readCsv(text, EQUIPMENT_COLUMNS, ['serialNumber', 'product']);
  if (table.problems.length > 0) throw refused(table.problems);
  return writeTransaction(store, async (trx) => {
    const problems: CsvProblem[] = [];
    const seenSerials = new Map<string, number>();
    const writes: { id: string; exists: boolean; columns: Partial<EquipmentRow> }[] = [];
    for (const row of table.rows) {
      const v = row.values;
      const months = orNull(v.warrantyMonths);
      const owner = await ownerOf(trx, row, problems);
      const body = parseRow(
        EquipmentBody,
        row,
        {
          serialNumber: v.serialNumber ?? '',
          product: v.product ?? '',
          model: orNull(v.model),
          purchaseDate: orNull(v.purchaseDate),
          warrantyMonths: months === null ? null : /^-?\d+$/.test(months) ? Number(months) : months,
          contractExpires: orNull(v.contractExpires),
          notes: orNull(v.notes),
        },
        problems,
      );
      if (!body || owner === undefined) continue;
      const serialKey = body.serialNumber.toLowerCase();
      const earlier = seenSerials.get(serialKey);
      if (earlier !== undefined) {
        problems.push({
          line: row.line,
          column: 'serialNumber',
          message: `Serial number ${body.serialNumber} is already on line ${earlier}.`,
        });
        continue;
      }
      seenSerials.set(serialKey, row.line);
      const existing = await findEquipmentBySerial(trx, body.serialNumber);
      const givenId = orNull(v.id);
      if (givenId !== null && existing && existing.id !== givenId) {
        problems.push({
          line: row.line,
          column: 'serialNumber',
          message: `Serial number ${body.serialNumber} belongs to unit ${existing.id}, not ${givenId}.`,
        });
        continue;
      }
      writes.push({
        id: existing?.id ?? givenId ?? randomUUID(),
        exists: existing !== undefined,
        columns: { ...equipmentColumns({ ...body, customer: owner }), updated_at: at },
      });
    }
    if (problems.length > 0) throw refused(problems);
    for (const w of writes) {
      if (w.exists) await updateEquipmentRow(trx, w.id, w.columns);
      else {
        await insertEquipmentRow(trx, {
          id: w.id,
          serial_number: '',
          product: '',
          model: null,
          customer_id: null,
          purchase_date: null,
          warranty_months: null,
          contract_expires: null,
          notes: null,
          ...w.columns,
          created_at: at,
          updated_at: at,
        });
      }
    }
    const updated = writes.filter((w) => w.exists).length;
    return { created: writes.length - updated, updated };
  });
}
