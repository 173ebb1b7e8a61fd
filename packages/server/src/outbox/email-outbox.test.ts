// Email notifications end to end: a comment's mention → an outbox row in the same transaction →
// the worker sends it through nodemailer to a real SMTP server listening on 127.0.0.1.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { admin, installTicketWorkflow, manager } from '../../test/helpers/fixtures.ts';
import { emailHandler } from './email-sender.ts';
import { OutboxWorker } from './outbox-worker.ts';

interface Receiver {
  port: number;
  mails: ParsedMail[];
  /** Refuse every recipient while true (a mail server having a bad day). */
  refuse: boolean;
  close(): Promise<void>;
}

async function smtpReceiver(): Promise<Receiver> {
  const receiver = { mails: [] as ParsedMail[], refuse: false } as Receiver;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(receiver.refuse ? new Error('Mailbox unavailable, try later') : undefined);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => receiver.mails.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.port = (server.server.address() as AddressInfo).port;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}

eachStore('email notifications through the outbox', (t) => {
  let smtp: Receiver;
  beforeEach(async () => {
    smtp = await smtpReceiver();
  });
  afterEach(() => smtp.close());

  async function setup() {
    await installTicketWorkflow(t.store);
    // One clock for the app that queues and the worker that sends (the real one passed 10:00 once).
    let clock = new Date('2026-12-01T10:00:00.000Z');
    const app = await domainTestApp(t.store, { deps: { emailAvailable: true, now: () => clock } });
    const created = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'ticket', title: 'Broken pump', fields: { customer: 'Acme' } },
    });
    await call(app, 'PUT', '/api/notifications/preferences', {
      as: admin,
      body: { preferences: [{ kind: 'mention', inApp: true, email: true }] },
    });
    const worker = (maxAttempts = 3) =>
      new OutboxWorker(t.store, {
        handlers: {
          email: emailHandler({
            smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
            from: 'Stageflow <noreply@stageflow.test>',
            publicUrl: 'https://stageflow.example',
          }),
        },
        now: () => clock,
        maxAttempts,
        baseDelayMs: 1000,
        log: () => undefined,
      });
    const mention = (body: string) =>
      call(app, 'POST', `/api/cards/${created.json.id}/comments`, {
        as: manager,
        body: { body, mentions: [admin.id] },
      });
    const outbox = () =>
      t.store.db.selectFrom('outbox').selectAll().orderBy('created_at').execute();
    return {
      cardId: created.json.id as string,
      worker,
      mention,
      outbox,
      advance: (ms: number) => (clock = new Date(clock.getTime() + ms)),
    };
  }

  it('sends a mention as an email once, with the excerpt and a link to the card', async () => {
    const { cardId, worker, mention, outbox } = await setup();
    await mention('@Ada Admin please approve the quote');
    expect((await outbox()).map((r) => r.status)).toEqual(['pending']);
    const w = worker();
    expect(await w.runOnce()).toBe(1);
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toMatchObject({ text: 'u-admin@example.test' });
    expect(mail.from?.value).toEqual([{ name: 'Stageflow', address: 'noreply@stageflow.test' }]);
    expect(mail.subject).toBe('Max Manager mentioned you on “Broken pump”');
    expect(mail.text).toContain('@Ada Admin please approve the quote');
    expect(mail.text).toContain(`https://stageflow.example/board/ticket?card=${cardId}`);
    const [row] = await outbox();
    expect(mail.messageId).toBe(`<${row!.id}@stageflow.example>`);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await w.runOnce()).toBe(0);
    expect(smtp.mails).toHaveLength(1);
  });

  it('writes the email in the recipient’s language', async () => {
    const { worker, mention } = await setup();
    await t.store.db
      .updateTable('users')
      .set({ locale: 'ko' })
      .where('id', '=', admin.id)
      .execute();
    await mention('@Ada Admin 견적 승인 부탁드립니다');
    expect(await worker().runOnce()).toBe(1);
    expect(smtp.mails[0]!.subject).toBe('Max Manager 님이 “Broken pump”에서 나를 언급했습니다');
    expect(smtp.mails[0]!.text).toContain('견적 승인 부탁드립니다');
  });

  it('retries a refused email with growing delays, then gives up and keeps the last error', async () => {
    const { worker, mention, outbox, advance } = await setup();
    await mention('@Ada Admin hello');
    smtp.refuse = true;
    const w = worker(3);
    expect(await w.runOnce()).toBe(0);
    let [row] = await outbox();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.last_error).toMatch(/Mailbox unavailable/);
    const firstDelay = Date.parse(row!.next_attempt_at) - Date.parse('2026-12-01T10:00:00.000Z');
    expect(firstDelay).toBeGreaterThanOrEqual(500);
    expect(firstDelay).toBeLessThanOrEqual(1000);
    // Not due yet: nothing is tried.
    expect(await w.runOnce()).toBe(0);
    expect((await outbox())[0]!.attempts).toBe(1);

    advance(1000);
    await w.runOnce();
    [row] = await outbox();
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    const secondDelay = Date.parse(row!.next_attempt_at) - Date.parse('2026-12-01T10:00:01.000Z');
    expect(secondDelay).toBeGreaterThanOrEqual(1000);
    expect(secondDelay).toBeLessThanOrEqual(2000);

    advance(2000);
    await w.runOnce();
    [row] = await outbox();
    expect(row).toMatchObject({ status: 'dead', attempts: 3 });
    smtp.refuse = false;
    advance(3_600_000);
    expect(await w.runOnce()).toBe(0);
    expect(smtp.mails).toHaveLength(0);
  });

  it('two workers running at once send every email exactly once', async () => {
    const { mention, worker, outbox } = await setup();
    for (let i = 0; i < 12; i++) await mention(`@Ada Admin note ${i}`);
    const [a, b] = [worker(), worker()];
    const sent = async (w: OutboxWorker) => {
      let total = 0;
      for (let round = 0; round < 3; round++) total += await w.runOnce();
      return total;
    };
    const [fromA, fromB] = await Promise.all([sent(a), sent(b)]);
    expect(fromA + fromB).toBe(12);
    const ids = smtp.mails.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(12);
    expect(ids).toHaveLength(12);
    expect((await outbox()).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('a worker that died mid-delivery leaves its claim to expire; then another sends it', async () => {
    const { mention, worker, outbox, advance } = await setup();
    await mention('@Ada Admin stuck');
    await t.store.db
      .updateTable('outbox')
      .set({
        status: 'sending',
        claimed_by: 'dead-worker',
        claimed_until: '2026-12-01T10:01:00.000Z',
        attempts: 1,
      })
      .execute();
    const w = worker();
    expect(await w.runOnce()).toBe(0);
    advance(61_000);
    expect(await w.runOnce()).toBe(1);
    expect((await outbox())[0]).toMatchObject({ status: 'sent', attempts: 2, claimed_by: w.id });
  });
});
