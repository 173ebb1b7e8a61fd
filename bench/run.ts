// `pnpm bench`: every section in one process, one table, results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { engineRows } from './engine.bench.ts';
import { storeRows } from './store.bench.ts';
import { httpRows, removeDataDir } from './http.bench.ts';
import { boardRow } from './board.bench.ts';
import { browserRows } from './browser.bench.ts';
import { reportRows } from './reports.bench.ts';
import { machineInfo } from './src/machine-info.ts';
import { renderTable, verdict, type Row } from './src/table.ts';

interface Section {
  name: string;
  rows: () => Promise<Row[]> | Row[];
}

const skipped: string[] = [];

/** The HTTP rows leave the SQLite server's data directory behind for the board row. */
async function httpAndBoardRows(): Promise<Row[]> {
  const url = process.env.DATABASE_URL;
  if (!url) skipped.push('HTTP on PostgreSQL (set DATABASE_URL=postgres://… to run it)');
  const { rows, dataDir } = await httpRows(url);
  try {
    return [...rows, await boardRow(dataDir)];
  } finally {
    removeDataDir(dataDir);
  }
}

const sections: Section[] = [
  { name: 'Engine', rows: engineRows },
  { name: 'Store', rows: storeRows },
  { name: 'HTTP', rows: httpAndBoardRows },
  { name: 'Browser', rows: browserRows },
  { name: 'Reports', rows: reportRows },
];

const only = process.argv.slice(2).map((s) => s.toLowerCase());
const machine = machineInfo();
const rows: Row[] = [];
const startedAt = performance.now();

for (const section of sections) {
  if (only.length > 0 && !only.includes(section.name.toLowerCase())) continue;
  process.stderr.write(`… ${section.name}\n`);
  rows.push(...(await section.rows()));
}

const seconds = (performance.now() - startedAt) / 1000;
console.log(
  `Stageflow bench — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.date}`,
);
console.log(renderTable(rows));
if (skipped.length) console.log(`Skipped: ${skipped.join('; ')}`);
console.log(`(${seconds.toFixed(0)} s; higher A/B is better)`);

const results = new URL('./results/', import.meta.url);
mkdirSync(results, { recursive: true });
writeFileSync(
  new URL('latest.json', results),
  JSON.stringify(
    { machine, seconds, rows: rows.map((r) => ({ ...r, verdict: verdict(r) })), skipped },
    null,
    2,
  ) + '\n',
);
