// A report's numbers as a table: one column per entry, one row per item.
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { formatNumber } from './report-format.ts';

export type Column<Row> = {
  header: string;
  /** React key when two headers could be equal (stage names); default: the header. */
  key?: string;
} & (
  | { /** Any cell; `numeric` right-aligns it. */ cell: (row: Row) => ReactNode; numeric?: boolean }
  | {
      /** A count, written in the reader's number format and right-aligned. */ count: (
        row: Row,
      ) => number;
    }
);

export function ReportTable<Row>({
  columns,
  rows,
  rowKey,
}: {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
}) {
  const { locale } = useT();
  const cell = (column: Column<Row>, row: Row) =>
    'count' in column ? (
      <td key={column.key ?? column.header} className="num">
        {formatNumber(column.count(row), locale)}
      </td>
    ) : (
      <td key={column.key ?? column.header} className={column.numeric ? 'num' : undefined}>
        {column.cell(row)}
      </td>
    );
  return (
    <table className="record-table report-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key ?? c.header} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>{columns.map((c) => cell(c, row))}</tr>
        ))}
      </tbody>
    </table>
  );
}
