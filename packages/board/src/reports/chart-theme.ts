// Colours and axis styling shared by every chart. Stages get distinct colours in board order;
// done and cancelled stages keep the board's green and red.
import type { ReportStage } from '@stageflow/api';

const OPEN_PALETTE = [
  '#94a3b8',
  '#2563eb',
  '#7c3aed',
  '#0891b2',
  '#d97706',
  '#db2777',
  '#4f46e5',
  '#0d9488',
  '#ca8a04',
  '#9333ea',
];

export const COLORS = {
  primary: '#2563eb',
  secondary: '#93c5fd',
  done: '#16a34a',
  cancelled: '#dc2626',
  warning: '#d97706',
  grid: '#e2e8f0',
  axis: '#64748b',
};

export function stageColors(stages: ReportStage[]): Map<string, string> {
  let next = 0;
  return new Map(
    stages.map((s) => [
      s.key,
      s.category === 'done'
        ? COLORS.done
        : s.category === 'cancelled'
          ? COLORS.cancelled
          : OPEN_PALETTE[next++ % OPEN_PALETTE.length]!,
    ]),
  );
}

export const axisProps = {
  stroke: COLORS.axis,
  fontSize: 12,
  tickLine: false,
} as const;
