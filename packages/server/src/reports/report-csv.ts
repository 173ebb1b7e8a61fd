// A report's table as CSV: a header row, then one row per line of the table. Text a spreadsheet
// would run as a formula (=, +, -, @, tab, CR at the start) is prefixed with an apostrophe.
import { stringify } from 'csv-stringify/sync';
import type { CsvCell, ReportTable } from './report-result.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

function safe(cell: CsvCell): CsvCell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(table: ReportTable): string {
  return stringify(
    table.rows.map((row) => row.map(safe)),
    { header: true, columns: table.columns },
  );
}
