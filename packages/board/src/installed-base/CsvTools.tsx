// Export the list as CSV, or import a CSV file: every row or none; a refusal lists each bad row
// by line and column.
import { useT } from '../i18n/useT.ts';
import { useRef, useState } from 'react';
import { ApiError, messageOf } from '../api/problem.ts';
import type { CsvRowError } from '@stageflow/api';
import { exportUrl, importCsv, type RecordKind } from './installed-base-api.ts';

export function CsvTools({
  kind,
  canWrite,
  onImported,
}: {
  kind: RecordKind;
  canWrite: boolean;
  onImported: () => void;
}) {
  const { t } = useT();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; rows: CsvRowError[] } | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const result = await importCsv(kind, await file.text());
      setDone(t('installedBase.csv.done', { file: file.name, ...result }));
      onImported();
    } catch (err) {
      const rows =
        err instanceof ApiError
          ? (err.problem.errors ?? []).filter((e): e is CsvRowError => 'line' in e)
          : [];
      setError({ message: messageOf(err), rows });
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <div className="csv-tools">
      <a className="button ghost small" href={exportUrl(kind)} download>
        {t('installedBase.csv.export')}
      </a>
      {canWrite && (
        <>
          <button
            type="button"
            className="button ghost small"
            disabled={busy}
            onClick={() => fileRef.current?.click()}
          >
            {busy ? t('installedBase.csv.importing') : t('installedBase.csv.import')}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".csv,text/csv"
            hidden
            aria-label={t('installedBase.csv.file')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
          />
        </>
      )}
      {done && (
        <p className="csv-tools__done" role="status">
          {done}
        </p>
      )}
      {error && (
        <div className="csv-tools__error" role="alert">
          <p>{error.rows.length > 0 ? t('installedBase.csv.fixRows') : error.message}</p>
          {error.rows.length > 0 && (
            <ul>
              {error.rows.map((row, i) => (
                <li key={i}>
                  {row.column
                    ? t('installedBase.csv.lineColumn', { line: row.line, column: row.column })
                    : t('installedBase.csv.line', { line: row.line })}
                  : {row.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
