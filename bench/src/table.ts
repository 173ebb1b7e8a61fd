// One table per run: each row is a measured side (A) next to its reference (B) and A/B.

export interface Measure {
  label: string;
  value: number;
  unit: string;
}

export interface Row {
  section: string;
  name: string;
  a: Measure;
  b?: Measure;
  /** a / b (higher is better); absent for rows with no reference. */
  ratio?: number;
  goal?: number;
  /** Extra figures, e.g. latency percentiles. */
  notes?: string;
}

const fmt = (m: Measure | undefined) => {
  if (!m) return '';
  const v = m.value >= 100 ? Math.round(m.value).toLocaleString('en-US') : m.value.toFixed(2);
  return `${m.label}: ${v} ${m.unit}`;
};

export function verdict(row: Row): string {
  if (row.ratio === undefined || row.goal === undefined) return '';
  return row.ratio >= row.goal ? 'ok' : 'BELOW GOAL';
}

export function renderTable(rows: Row[]): string {
  const header = ['Section', 'Case', 'Measured (A)', 'Reference (B)', 'A/B', 'Goal', '', 'Notes'];
  const body = rows.map((r) => [
    r.section,
    r.name,
    fmt(r.a),
    fmt(r.b),
    r.ratio === undefined ? '' : r.ratio.toFixed(2),
    r.goal === undefined ? '' : `≥ ${r.goal}`,
    verdict(r),
    r.notes ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
