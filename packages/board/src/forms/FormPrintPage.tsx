// A form as a printable page (/print/cards/:id/:form): the same document the PDF is made from,
// laid out for paper by print.css. The toolbar is hidden when printing.
import { isLocale } from '@stageflow/engine';
import { useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { useT } from '../i18n/useT.ts';
import type { FormDocument, FormRow } from '@stageflow/api';
import { formPdfUrl, getCardForm } from './forms-api.ts';
import './print.css';

function Rows({ rows }: { rows: FormRow[] }) {
  return (
    <dl className="print-rows">
      {rows.map((row, index) => (
        <div key={index} className="print-row">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FormPrintPage(props: { cardId: string; form: string; lang: string | null }) {
  const { cardId, form } = props;
  const { t, locale: boardLocale } = useT();
  const locale = isLocale(props.lang) ? props.lang : boardLocale;
  const [document, setDocument] = useState<FormDocument | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getCardForm(cardId, form, locale)
      .then((doc) => live && setDocument(doc))
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [cardId, form, locale]);

  useEffect(() => {
    if (document) window.document.title = `${document.title} — ${document.number}`;
  }, [document]);

  return (
    <div className="print-page">
      <div className="print-toolbar">
        <a className="button ghost" href="/">
          {t('forms.back')}
        </a>
        <span className="print-toolbar-actions">
          <a className="button secondary" href={formPdfUrl(cardId, form, locale)} download>
            {t('forms.download')}
          </a>
          <button
            type="button"
            className="button primary"
            disabled={!document}
            onClick={() => window.print()}
          >
            {t('forms.printNow')}
          </button>
        </span>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!document && !error && <p className="muted">{t('forms.loadingForm')}</p>}
      {document && (
        <article className="print-sheet" lang={document.locale}>
          <header>
            <h1>{document.title}</h1>
            <p className="print-meta">
              {document.labels.number} {document.number}
              <br />
              {document.labels.issued} {document.issued}
            </p>
          </header>
          <p className="print-statement">{document.statement}</p>
          <h2>{document.summaryHeading}</h2>
          <Rows rows={document.summary} />
          {document.details.length > 0 && (
            <>
              <h2>{document.detailsHeading}</h2>
              <Rows rows={document.details} />
            </>
          )}
          <h2>{document.historyHeading}</h2>
          <Rows rows={document.history} />
          <p className="print-note">{document.timeZoneNote}</p>
          <h2>{document.signaturesHeading}</h2>
          <div className="print-signatures">
            {document.signatures.map((party) => (
              <div key={party.party} className="print-signature">
                <div className="print-line">
                  {party.party} — {party.signature}
                </div>
                <div className="print-line">{party.date}</div>
              </div>
            ))}
          </div>
        </article>
      )}
    </div>
  );
}
