// The head of a customers or equipment list: title, search, CSV and "new".
import type { ReactNode } from 'react';

export function ListHeader({
  title,
  searchLabel,
  typed,
  onType,
  children,
}: {
  title: string;
  searchLabel: string;
  typed: string;
  onType: (q: string) => void;
  children: ReactNode;
}) {
  return (
    <header className="record-page__head">
      <h1>{title}</h1>
      <input
        type="search"
        className="record-search"
        aria-label={searchLabel}
        placeholder={`${searchLabel}…`}
        value={typed}
        onChange={(e) => onType(e.target.value)}
      />
      <div className="record-page__tools">{children}</div>
    </header>
  );
}
