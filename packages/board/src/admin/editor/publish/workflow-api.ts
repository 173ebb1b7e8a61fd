// The workflow endpoints the editor uses (see packages/server/src/workflows/workflows.routes.ts).
import type { MigrationPlan, Problem, WorkflowDefinition } from '@stageflow/engine';
import { api } from '../../../api/client.ts';

export interface VersionInfo {
  version: number;
  /** The publishing user's id. */
  publishedBy: string;
  publishedAt: string;
}

export interface WorkflowDetail {
  key: string;
  name: string;
  latestVersion: number;
  definition: WorkflowDefinition;
  versions: VersionInfo[];
}

export interface ValidationReport {
  valid: boolean;
  problems: Problem[];
  plan: MigrationPlan | null;
  /** Cards sitting in stages the draft no longer has, per stage. */
  strandedCards: { stage: string; count: number }[];
  strandedTotal: number;
}

export interface Published extends VersionInfo {
  key: string;
  definition: WorkflowDefinition;
}

export interface MigrationReport {
  migrated: number;
  moves: { from: string; to: string; count: number }[];
}

const path = (key: string) => `/api/workflows/${encodeURIComponent(key)}`;

export const getWorkflow = async (key: string) => (await api.get<WorkflowDetail>(path(key))).data;

export const getVersion = async (key: string, version: number) =>
  (await api.get<{ definition: WorkflowDefinition }>(`${path(key)}/versions/${version}`)).data;

export const validateDraft = async (key: string, def: WorkflowDefinition) =>
  (await api.post<ValidationReport>(`${path(key)}/validate`, def)).data;

export const publishDraft = async (key: string, def: WorkflowDefinition) =>
  (await api.put<Published>(path(key), def)).data;

export const createWorkflow = async (def: WorkflowDefinition) =>
  (await api.post<Published>('/api/workflows', def)).data;

export const migrateCards = async (
  key: string,
  body: { fromVersion: number; toVersion: number; stageMap: Record<string, string> },
) => (await api.post<MigrationReport>(`${path(key)}/migrations`, body)).data;

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
