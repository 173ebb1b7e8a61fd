// The drawer's "Forms" section: each form the card's workflow prints, with a print view (opens in
// a new tab, so the board stays where it was) and a PDF download, in the board's language.
import { useEffect, useId, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { useT } from '../i18n/useT.ts';
import type { FormLink } from '@stageflow/api';
import { formPdfUrl, formPrintPath, listCardForms } from './forms-api.ts';
import './card-forms.css';

export function CardForms({ cardId }: { cardId: string }) {
  const { t, locale } = useT();
  const headingId = useId();
  const [forms, setForms] = useState<FormLink[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    listCardForms(cardId, locale)
      .then((list) => live && setForms(list))
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [cardId, locale]);

  return (
    <section className="drawer-section card-forms" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('forms.heading')}</h3>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!forms && !error && <p className="muted">{t('forms.loading')}</p>}
      {forms?.length === 0 && <p className="muted">{t('forms.none')}</p>}
      {forms && forms.length > 0 && (
        <ul className="card-forms-list">
          {forms.map(({ form, title }) => (
            <li key={form}>
              <span className="card-forms-title">{title}</span>
              <span className="card-forms-actions">
                <a
                  className="button secondary small"
                  href={`${formPrintPath(cardId, form)}?lang=${locale}`}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('forms.printNamed', { form: title })}
                >
                  {t('forms.print')}
                </a>
                <a
                  className="button secondary small"
                  href={formPdfUrl(cardId, form, locale)}
                  download
                  aria-label={t('forms.downloadNamed', { form: title })}
                >
                  {t('forms.download')}
                </a>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
