// Every migration, in order. Add new ones here; never edit or remove a released one.
import type { Migration } from 'kysely';
import * as initial from './2026_11_27_0001_initial.ts';

export const migrations: Record<string, Migration> = {
  '2026_11_27_0001_initial': initial,
};
