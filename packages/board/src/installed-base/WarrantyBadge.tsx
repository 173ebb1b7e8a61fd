// "until 2026-06-02" in green while it runs, "ended 2025-01-03" in grey after.
import { useT } from '../i18n/useT.ts';

export function WarrantyBadge({
  until,
  today = new Date().toISOString().slice(0, 10),
}: {
  until: string | null;
  today?: string;
}) {
  const { t } = useT();
  if (!until) return <span className="record-muted">—</span>;
  const running = until >= today;
  return (
    <span className={running ? 'badge badge-running' : 'badge badge-ended'}>
      {t(running ? 'installedBase.until' : 'installedBase.ended', { date: until })}
    </span>
  );
}
