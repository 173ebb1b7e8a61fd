// Email through SMTP with nodemailer. The outbox row's id is the Message-ID, so a retry of the same
// row is recognisably the same message.
import nodemailer from 'nodemailer';
import type { OutboxHandler } from './outbox-worker.ts';

export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
  /** A path in the board (e.g. /board/repair?card=…), linked when the public URL is known. */
  path?: string;
}

export interface MailerOptions {
  /** smtp://user:pass@host:port or smtps://… (nodemailer's connection URL). */
  smtpUrl: string;
  from: string;
  /** The address people open Stageflow at, for links in emails. */
  publicUrl?: string;
}

export function emailHandler(options: MailerOptions): OutboxHandler {
  const transport = nodemailer.createTransport(options.smtpUrl);
  const domain = new URL(options.publicUrl ?? 'http://stageflow.invalid').hostname;
  return async (row, payload) => {
    const email = payload as unknown as EmailPayload;
    const link =
      email.path && options.publicUrl ? `\n\n${new URL(email.path, options.publicUrl).href}` : '';
    await transport.sendMail({
      from: options.from,
      to: email.to,
      subject: email.subject,
      text: email.text + link,
      messageId: `<${row.id}@${domain}>`,
    });
  };
}
