// The drawer's attachments: proof of purchase, photos. Images show as thumbnails; everything
// opens from the server with its own type. Uploading and deleting are for the people who work the
// cards; the history keeps who added and who deleted what.
import { useId, useRef, useState } from 'react';
import '../styles/collab.css';
import type { Attachment } from '@stageflow/api';
import { deleteAttachment, formatSize, uploadAttachment } from '../api/attachments.ts';
import { messageOf } from '../api/problem.ts';
import { useDirectory } from '../app/directory.tsx';
import { useT } from '../i18n/useT.ts';

/** Adds or replaces an attachment (from an answer or the live feed), keeping upload order. */
export function withAttachment(list: Attachment[], attachment: Attachment): Attachment[] {
  const rest = list.filter((a) => a.id !== attachment.id);
  return [...rest, attachment].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function AttachmentsSection({
  attachments,
  canWrite,
  cardId,
  onChanged,
}: {
  attachments: Attachment[];
  canWrite: boolean;
  cardId: string;
  onChanged: (attachment: Attachment) => void;
}) {
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { nameOf } = useDirectory();
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const live = attachments.filter((a) => !a.deletedAt);

  const upload = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      for (const file of Array.from(files)) onChanged(await uploadAttachment(cardId, file));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const remove = async (attachment: Attachment) => {
    if (!window.confirm(t('attachments.confirmDelete', { name: attachment.fileName }))) return;
    setError(null);
    try {
      onChanged(await deleteAttachment(attachment.id));
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <section className="drawer-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('attachments.title')}</h3>
      {live.length === 0 && <p className="muted small">{t('attachments.none')}</p>}
      {live.length > 0 && (
        <ul className="attachment-list">
          {live.map((a) => (
            <li key={a.id} className="attachment">
              <a href={a.url} target="_blank" rel="noopener" className="attachment-link">
                {a.contentType.startsWith('image/') && a.contentType !== 'image/heic' ? (
                  <img src={a.url} alt="" className="attachment-thumb" loading="lazy" />
                ) : (
                  <span className="attachment-icon" aria-hidden="true">
                    {a.contentType === 'application/pdf'
                      ? t('attachments.pdf')
                      : t('attachments.file')}
                  </span>
                )}
                <span className="attachment-name">{a.fileName}</span>
              </a>
              <span className="attachment-meta">
                {formatSize(a.sizeBytes)} · {nameOf(a.uploaderId)}
              </span>
              {canWrite && (
                <button
                  type="button"
                  className="button ghost small"
                  aria-label={t('attachments.deleteNamed', { name: a.fileName })}
                  onClick={() => void remove(a)}
                >
                  {t('attachments.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {canWrite && (
        <label className="button secondary small attachment-upload">
          {busy ? t('attachments.uploading') : t('attachments.attach')}
          <input
            ref={inputRef}
            type="file"
            multiple
            accept="image/png,image/jpeg,image/gif,image/webp,image/heic,application/pdf"
            disabled={busy}
            onChange={(e) => void upload(e.target.files)}
          />
        </label>
      )}
    </section>
  );
}
