// A computed report: the JSON body, and the same numbers as a table for CSV (built only when asked).
import { localLabel, type Locale } from '@stageflow/engine';
import type { ReportStage } from '@stageflow/api';

export type CsvCell = string | number | null;

export interface ReportTable {
  columns: string[];
  rows: CsvCell[][];
}

export interface ReportResult<B> {
  body: B;
  table: (locale: Locale) => ReportTable;
}

export function stageLabelIn(stages: ReportStage[], key: string, locale: Locale): string {
  const stage = stages.find((s) => s.key === key);
  return stage ? localLabel(stage, locale) : key;
}
