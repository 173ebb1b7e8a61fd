// The workflow endpoints the editor uses (see packages/server/src/workflows/workflows.routes.ts).
import {
  MigrationReport,
  PublishedVersion,
  ValidationReport,
  WorkflowDetail,
} from '@stageflow/api';
import type { WorkflowDefinition } from '@stageflow/engine';
import { api } from '../../../api/client.ts';

const path = (key: string) => `/api/workflows/${encodeURIComponent(key)}`;

export const getWorkflow = async (key: string) => (await api.get(path(key), WorkflowDetail)).data;

export const getVersion = async (key: string, version: number) =>
  (await api.get(`${path(key)}/versions/${version}`, PublishedVersion)).data;

export const validateDraft = async (key: string, def: WorkflowDefinition) =>
  (await api.post(`${path(key)}/validate`, ValidationReport, def)).data;

export const publishDraft = async (key: string, def: WorkflowDefinition) =>
  (await api.put(path(key), PublishedVersion, def)).data;

export const createWorkflow = async (def: WorkflowDefinition) =>
  (await api.post('/api/workflows', PublishedVersion, def)).data;

export const migrateCards = async (
  key: string,
  body: { fromVersion: number; toVersion: number; stageMap: Record<string, string> },
) => (await api.post(`${path(key)}/migrations`, MigrationReport, body)).data;

/**
 * Move the open cards of every earlier version onto `toVersion`. Each version gets the part of the
 * stage map that names its own stages (the server refuses a map naming stages a version lacks).
 */
export async function migrateAllVersions(
  key: string,
  toVersion: number,
  stageMap: Record<string, string>,
  known: Map<number, WorkflowDefinition>,
): Promise<number> {
  let migrated = 0;
  for (let from = toVersion - 1; from >= 1; from--) {
    const def = known.get(from) ?? (await getVersion(key, from)).definition;
    const stages = new Set(def.stages.map((s) => s.key));
    const map = Object.fromEntries(Object.entries(stageMap).filter(([stage]) => stages.has(stage)));
    migrated += (await migrateCards(key, { fromVersion: from, toVersion, stageMap: map })).migrated;
  }
  return migrated;
}
