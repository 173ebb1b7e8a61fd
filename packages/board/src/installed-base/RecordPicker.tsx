// A customer or equipment field's input: type to search the installed base, pick one.
// The chosen record is remembered, so the board's engine reads it at once.
import { useT } from '../i18n/useT.ts';
import type { FieldDef, FieldValue, RefRecord } from '@stageflow/engine';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from '../app/Link.tsx';
import { recordPath } from './RefValue.tsx';
import { listRecords } from './installed-base-api.ts';
import {
  ensureRecord,
  recordLabel,
  recordOf,
  rememberRecords,
  toRecord,
  useRecordsVersion,
} from './records-store.ts';

interface Props {
  id: string;
  field: FieldDef & { type: 'customer' | 'equipment' };
  value: FieldValue | undefined;
  onChange: (value: FieldValue) => void;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
}

const SEARCH_DELAY_MS = 200;

export function RecordPicker({
  id,
  field,
  value,
  onChange,
  disabled,
  describedBy,
  invalid,
}: Props) {
  useRecordsVersion();
  const { t } = useT();
  const current = typeof value === 'string' && value !== '' ? value : null;
  const [query, setQuery] = useState<string | null>(null);
  const [options, setOptions] = useState<RefRecord[]>([]);
  const [active, setActive] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);
  const listId = `${id}-options`;
  // The list closes a moment after the box loses focus, never after the picker is gone.
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(closeTimer.current), []);

  useEffect(() => {
    if (current) ensureRecord(field.type, current);
  }, [current, field.type]);

  useEffect(() => {
    if (query === null) return;
    const timer = setTimeout(() => {
      listRecords(field.type, { q: query, limit: 8 }).then(
        (page) => {
          const found = page.items.map((item) =>
            toRecord(field.type, item as unknown as Record<string, unknown>),
          );
          setOptions(found);
          setActive(0);
          setFailed(null);
        },
        (err: unknown) => setFailed((err as Error).message),
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, field.type]);

  const choose = (record: RefRecord) => {
    rememberRecords([record]);
    onChange(record.id);
    setQuery(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (query === null) return;
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, options.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter' && options[active]) choose(options[active]);
    else if (e.key === 'Escape') setQuery(null);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const shown = current ? recordLabel(recordOf(current), '…') : '';
  const open = query !== null && (options.length > 0 || query.trim() !== '');

  return (
    <div className="record-picker">
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        placeholder={t(
          field.type === 'customer'
            ? 'installedBase.picker.searchCustomers'
            : 'installedBase.picker.searchUnits',
        )}
        disabled={disabled}
        value={query ?? shown}
        onFocus={() => setQuery((q) => q ?? '')}
        onChange={(e) => setQuery(e.target.value)}
        onBlur={() => {
          clearTimeout(closeTimer.current);
          closeTimer.current = setTimeout(() => setQuery(null), 150);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      {current && (
        <Link className="record-picker__open" to={recordPath(field.type, current)}>
          {t(
            field.type === 'customer'
              ? 'installedBase.picker.openCustomer'
              : 'installedBase.picker.openUnit',
          )}
        </Link>
      )}
      {current && !disabled && (
        <button
          type="button"
          className="button ghost small record-picker__clear"
          aria-label={t('installedBase.picker.clear', { label: field.label })}
          onClick={() => onChange(null)}
        >
          ✕
        </button>
      )}
      {open && (
        <ul id={listId} role="listbox" className="record-picker__list" aria-label={field.label}>
          {failed && <li className="record-picker__empty">{failed}</li>}
          {!failed && options.length === 0 && (
            <li className="record-picker__empty">
              {t('installedBase.picker.nothing', { query: query ?? '' })}
            </li>
          )}
          {options.map((record, i) => (
            <li
              key={record.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(record)}
            >
              <span>{recordLabel(record, record.id)}</span>
              {typeof record.customerName === 'string' && (
                <span className="record-picker__owner">{record.customerName}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
