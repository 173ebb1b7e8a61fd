// Reading a CSV upload into rows keyed by header, each with the line it starts on, with csv-parse.
// Problems are collected per line and column; nothing here touches the database.
import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRow {
  /** The line the row starts on (1 is the header). */
  line: number;
  values: Record<string, string>;
}

export interface CsvProblem {
  line: number;
  column: string | null;
  message: string;
}

export interface CsvTable {
  rows: CsvRow[];
  problems: CsvProblem[];
}

/**
 * Rows of `text` under its header. `required` columns must be in the header, columns outside
 * `known` are refused, and a row with another number of cells than the header is a problem.
 */
export function readCsv(
  text: string,
  known: readonly string[],
  required: readonly string[],
): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = Number((err as CsvError & { lines?: number }).lines ?? 1);
      return { rows: [], problems: [{ line, column: null, message: err.message }] };
    }
    throw err;
  }
  const [head, ...body] = records;
  if (!head) {
    return { rows: [], problems: [{ line: 1, column: null, message: 'The file is empty.' }] };
  }
  const header = head.record.map((h) => h.trim());
  const problems: CsvProblem[] = [];
  header.forEach((name) => {
    if (!known.includes(name)) {
      problems.push({
        line: 1,
        column: name,
        message: `Unknown column "${name}"; the columns are ${known.join(', ')}.`,
      });
    }
  });
  for (const name of required) {
    if (!header.includes(name)) {
      problems.push({ line: 1, column: name, message: `The column "${name}" is missing.` });
    }
  }
  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    // csv-parse counts the line a record ends on; a quoted cell may span lines.
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.length) {
      problems.push({
        line,
        column: null,
        message: `This row has ${record.length} cells; the header has ${header.length}.`,
      });
      continue;
    }
    rows.push({ line, values: Object.fromEntries(header.map((h, i) => [h, record[i]!.trim()])) });
  }
  return { rows, problems };
}
