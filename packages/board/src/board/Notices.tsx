// Messages for the person: refusals stay until read, confirmations fade. Screen readers hear both.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';

export interface Notice {
  id: number;
  tone: 'error' | 'info' | 'success';
  text: string;
}

export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(1);
  const dismiss = useCallback(
    (id: number) => setNotices((list) => list.filter((n) => n.id !== id)),
    [],
  );
  const push = useCallback((tone: Notice['tone'], text: string) => {
    const id = next.current++;
    setNotices((list) => [...list.filter((n) => n.text !== text).slice(-3), { id, tone, text }]);
    return id;
  }, []);
  return { notices, push, dismiss };
}

export function Notices({
  notices,
  dismiss,
}: {
  notices: Notice[];
  dismiss: (id: number) => void;
}) {
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} dismiss={dismiss} />
      ))}
    </div>
  );
}

function NoticeItem({ notice, dismiss }: { notice: Notice; dismiss: (id: number) => void }) {
  const { t } = useT();
  useEffect(() => {
    const timer = setTimeout(() => dismiss(notice.id), notice.tone === 'error' ? 12000 : 4000);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <div className={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span className="notice-text">{notice.text}</span>
      <button
        type="button"
        className="notice-close"
        aria-label={t('notices.dismiss')}
        onClick={() => dismiss(notice.id)}
      >
        ×
      </button>
    </div>
  );
}
