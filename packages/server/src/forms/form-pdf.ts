// Lays a FormDocument out on A4 pages with pdfkit. Layout only: every word comes from the document.
import PDFDocument from 'pdfkit';
import type { FormDocument, FormRow } from './form-document.ts';
import { formFonts } from './form-font.ts';

const MARGIN = 50;
const LABEL_WIDTH = 150;
const GAP = 10;
const GREY = '#555555';
const RULE = '#bbbbbb';

type Doc = PDFKit.PDFDocument;

function contentWidth(doc: Doc): number {
  return doc.page.width - MARGIN * 2;
}

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.8);
  doc.font('bold').fontSize(12).fillColor('black').text(text, MARGIN);
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + contentWidth(doc), y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.moveDown(0.4);
}

/** Label on the left, value wrapping on the right; a row moves to the next page whole. */
function rows(doc: Doc, items: FormRow[], labelWidth = LABEL_WIDTH): void {
  const valueX = MARGIN + labelWidth + GAP;
  const valueWidth = contentWidth(doc) - labelWidth - GAP;
  doc.fontSize(10);
  for (const item of items) {
    doc.font('regular');
    const height = Math.max(
      doc.heightOfString(item.label, { width: labelWidth }),
      doc.heightOfString(item.value, { width: valueWidth }),
    );
    if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
    const top = doc.y;
    doc.fillColor(GREY).text(item.label, MARGIN, top, { width: labelWidth });
    doc.fillColor('black').text(item.value, valueX, top, { width: valueWidth });
    doc.y = top + height + 4;
  }
}

function signatures(doc: Doc, form: FormDocument): void {
  const columns = form.signatures.length;
  const width = (contentWidth(doc) - GAP * 2 * (columns - 1)) / columns;
  if (doc.y + 90 > doc.page.height - MARGIN - 20) doc.addPage();
  const top = doc.y + 40;
  form.signatures.forEach((party, index) => {
    const x = MARGIN + index * (width + GAP * 2);
    doc
      .moveTo(x, top)
      .lineTo(x + width, top)
      .lineWidth(0.7)
      .strokeColor('black')
      .stroke();
    doc.font('regular').fontSize(9).fillColor(GREY);
    doc.text(`${party.party} — ${party.signature}`, x, top + 4, { width });
    doc
      .moveTo(x, top + 40)
      .lineTo(x + width, top + 40)
      .stroke();
    doc.text(party.date, x, top + 44, { width });
  });
  doc.x = MARGIN;
  doc.y = top + 60;
}

function footers(doc: Doc, form: FormDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const text = form.footer
      .replace('{{page}}', String(i + 1))
      .replace('{{pages}}', String(range.count));
    // Writing inside the bottom margin would start a new page; lift the margin for the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor(GREY);
    doc.text(text, MARGIN, doc.page.height - MARGIN + 10, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** The form as PDF bytes. `createdAt` is the document's CreationDate (the request's clock). */
export function renderFormPdf(form: FormDocument, createdAt: Date): Promise<Buffer> {
  const fonts = formFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: form.locale,
    displayTitle: true,
    info: { Title: form.title, Creator: 'Stageflow', CreationDate: createdAt },
  });
  // pdfkit 0.20 takes a parsed fontkit font (anything with layout()); @types/pdfkit 0.17 predates it.
  const source = (font: unknown) => font as PDFKit.Mixins.PDFFontSource;
  doc.registerFont('regular', source(fonts.regular));
  doc.registerFont('bold', source(fonts.bold));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(20).fillColor('black').text(form.title, MARGIN, MARGIN);
  doc.moveDown(0.3);
  doc.font('regular').fontSize(9).fillColor(GREY);
  doc.text(`${form.labels.number} ${form.number}`);
  doc.text(`${form.labels.issued} ${form.issued}`);
  doc.moveDown(0.8);
  doc.font('regular').fontSize(10.5).fillColor('black').text(form.statement, MARGIN);

  heading(doc, form.summaryHeading);
  rows(doc, form.summary);
  if (form.details.length > 0) {
    heading(doc, form.detailsHeading);
    rows(doc, form.details);
  }
  heading(doc, form.historyHeading);
  rows(doc, form.history);
  doc.font('regular').fontSize(8).fillColor(GREY).text(form.timeZoneNote, MARGIN);
  heading(doc, form.signaturesHeading);
  signatures(doc, form);
  footers(doc, form);
  doc.end();
  return done;
}
