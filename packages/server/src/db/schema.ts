// Table types for Kysely. Timestamps are ISO-8601 text, JSON columns are text, booleans are 0/1
// integers: one representation on SQLite and PostgreSQL.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Locale, Role } from '@stageflow/engine';

// Roles are the engine's (transitions name them); the users table stores one of them.
export { ROLES, type Role } from '@stageflow/engine';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  /** 0 = active, 1 = disabled. */
  disabled: number;
  created_at: string;
  /** 'en' | 'ko', or null to follow the browser's Accept-Language. */
  locale: ColumnType<Locale | null, Locale | null | undefined, Locale | null>;
}

export interface SessionsTable {
  /** sha256(token) as hex; the token itself is only ever in the cookie. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  ip: string;
  email: string;
  at: string;
}

export interface WorkflowsTable {
  key: string;
  name: string;
  latest_version: number;
  created_at: string;
  updated_at: string;
}

export interface WorkflowVersionsTable {
  workflow_key: string;
  version: number;
  /** JSON text of the WorkflowDefinition. */
  definition: string;
  published_by: string;
  published_at: string;
}

export interface CardsTable {
  id: string;
  workflow_key: string;
  workflow_version: number;
  stage: string;
  title: string;
  /** JSON text. */
  fields: string;
  /** JSON text of the XState persisted snapshot. */
  snapshot: string;
  assignee_id: string | null;
  /** Fractional index within the column. */
  position: string;
  entered_at: string;
  due_at: string | null;
  /**
   * JSON: the card's SLA clocks as of its current stage entry, under its version (sla/sla-clocks.ts);
   * null when not kept (the history has them).
   */
  sla_clocks: string | null;
  /**
   * When the card first entered a stage the reports count as active (report_active_stages), kept
   * by a trigger on card_history; null if it never did. The start of its cycle time.
   */
  started_at: ColumnType<string | null, never, string | null>;
  revision: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export const HISTORY_KINDS = ['created', 'transition', 'edit', 'migration', 'signal'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export interface CardHistoryTable {
  id: Generated<number>;
  card_id: string;
  revision: number;
  at: string;
  actor_id: string;
  kind: HistoryKind;
  event: string | null;
  from_stage: string | null;
  to_stage: string;
  /** JSON text: { field: { from, to } }. */
  changes: string;
}

export const CHANGE_KINDS = [
  'card.created',
  'card.moved',
  'card.updated',
  'workflow.published',
  'cards.migrated',
  'comment.created',
  /** Private: carries `recipientId`, and only that user's streams see it (events/visibility.ts). */
  'notification.created',
  'attachment.added',
  'attachment.deleted',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangesTable {
  seq: Generated<number>;
  at: string;
  kind: ChangeKind;
  workflow_key: string;
  card_id: string | null;
  /** JSON text. */
  payload: string;
}

/** PostgreSQL writers' change rows until a flush numbers them into `changes` (change-outbox.ts). */
export interface ChangeOutboxTable {
  id: Generated<number>;
  at: string;
  kind: ChangeKind;
  workflow_key: string;
  card_id: string | null;
  payload: string;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  request_hash: string;
  status: number;
  /** JSON text of the stored response body (and headers the replay needs). */
  response: string;
  created_at: string;
}

export interface CardCommentsTable {
  id: string;
  card_id: string;
  author_id: string;
  body: string;
  /** JSON text: the user ids the author picked as @mentions. */
  mentions: string;
  created_at: string;
}

export const NOTIFICATION_KINDS = ['mention', 'assigned', 'moved', 'escalation'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationsTable {
  id: string;
  /** The recipient. */
  user_id: string;
  kind: NotificationKind;
  card_id: string | null;
  workflow_key: string | null;
  actor_id: string | null;
  /** JSON text: what the inbox shows without another query (card title, stages, excerpt). */
  detail: string;
  created_at: string;
  read_at: string | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  kind: NotificationKind;
  /** 0/1 */
  in_app: number;
  /** 0/1 */
  email: number;
}

export interface CardAttachmentsTable {
  id: string;
  card_id: string;
  uploader_id: string;
  /** The name the uploader's file had: shown and offered on download, never used on disk. */
  file_name: string;
  /** Sniffed from the bytes, one of the allowed types. */
  content_type: string;
  size_bytes: number;
  sha256: string;
  /** The random file name under the attachments directory. */
  storage_key: string;
  created_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

export const OUTBOX_KINDS = ['email', 'webhook'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxTable {
  id: string;
  kind: OutboxKind;
  /** JSON text: what to deliver (the email, or the webhook id + body). */
  payload: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  /** The worker holding the row while `sending`, until `claimed_until` (then anyone may retry). */
  claimed_by: string | null;
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface WebhooksTable {
  id: string;
  url: string;
  /** The HMAC-SHA256 key; shown once on creation. */
  secret: string;
  /** JSON text: the change kinds it receives. */
  events: string;
  /** 0/1 */
  active: number;
  created_by: string;
  created_at: string;
}

export interface FeedCursorsTable {
  name: string;
  seq: number;
}

/** Secrets the server makes for itself (e.g. the survey link key), shared by every process. */
export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

/** A customer satisfaction survey, created when a card enters a done stage; answered once. */
export interface SurveysTable {
  id: string;
  card_id: string;
  workflow_key: string;
  created_at: string;
  expires_at: string;
  score: number | null;
  comment: string | null;
  answered_at: string | null;
}

export const LINK_KINDS = ['spawned'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** A parent card and the child card one of its transitions spawned (see src/links/). */
export interface CardLinksTable {
  parent_id: string;
  child_id: string;
  kind: LinkKind;
  /** The parent's transition that made the link. */
  event: string;
  actor_id: string;
  created_at: string;
}

export const TIMER_OUTCOMES = ['fired', 'stale', 'refused'] as const;
export type TimerOutcome = (typeof TIMER_OUTCOMES)[number];

/** A timed transition waiting to fire (see src/timers/). */
export interface TimersTable {
  id: string;
  card_id: string;
  /** The card's revision when the timer was set (its stage entry or later, on start-up arming). */
  revision: number;
  /** The stage entry it was set for: the card must still be in it when the timer fires. */
  stage: string;
  entered_at: string;
  event: string;
  due_at: string;
  /** The scheduler instance holding the claim, and since when (a claim expires after a lease). */
  claimed_by: string | null;
  claimed_at: string | null;
  /** When it was settled (fired, or dropped as stale or refused); null while waiting. */
  fired_at: string | null;
  outcome: TimerOutcome | null;
  /** Why a timer was refused (the engine's sentence). */
  detail: string | null;
}

export const ESCALATION_OUTCOMES = ['fired', 'stale'] as const;
export type EscalationOutcome = (typeof ESCALATION_OUTCOMES)[number];

/** An SLA threshold that tells a role once per card (see src/sla/). */
export interface SlaEscalationsTable {
  id: string;
  card_id: string;
  target_key: string;
  threshold: 'warning' | 'breach';
  due_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
  fired_at: string | null;
  outcome: EscalationOutcome | null;
  /** How many people were told when it fired. */
  notified: number | null;
}

export interface CustomersTable {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface EquipmentTable {
  id: string;
  /** Unique whatever its case (index on lower(serial_number)). */
  serial_number: string;
  product: string;
  model: string | null;
  customer_id: string | null;
  /** YYYY-MM-DD. */
  purchase_date: string | null;
  warranty_months: number | null;
  /** YYYY-MM-DD: when the service contract runs out. */
  contract_expires: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export const REF_KINDS = ['customer', 'equipment'] as const;
export type RefKind = (typeof REF_KINDS)[number];

/** Which record each reference field of a card points at (one row per filled reference field). */
export interface CardRefsTable {
  card_id: string;
  field: string;
  kind: RefKind;
  ref_id: string;
}

export interface SuppliersTable {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  /** Set when archived: kept for history, hidden from the part form's choices. */
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A part in the catalogue; money in cents, `reserved` ≤ `on_hand` (a check constraint). */
export interface PartsTable {
  id: string;
  sku: string;
  name: string;
  cost_cents: number;
  price_cents: number;
  supplier_id: string | null;
  on_hand: number;
  reserved: number;
  reorder_point: number;
  reorder_quantity: number;
  /** Set when archived: kept for history, hidden from pickers and the stock page. */
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export const PART_LINE_STATUSES = [
  'draft',
  'backordered',
  'reserved',
  'consumed',
  'released',
] as const;
export type PartLineStatus = (typeof PART_LINE_STATUSES)[number];

/** One parts line of a card: price and cost as they were when the line was added. */
export interface CardPartsTable {
  id: string;
  card_id: string;
  part_id: string;
  quantity: number;
  price_cents: number;
  cost_cents: number;
  /** 1: the customer pays nothing; the cost is claimed back from the manufacturer. */
  warranty: number;
  status: PartLineStatus;
  created_at: string;
  updated_at: string;
}

/** The order behind a purchase-order card; `open` is 0 once it is received in full or closed. */
export interface PurchaseOrdersTable {
  card_id: string;
  part_id: string;
  supplier_id: string | null;
  quantity: number;
  received: number;
  open: number;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  workflows: WorkflowsTable;
  workflow_versions: WorkflowVersionsTable;
  cards: CardsTable;
  card_history: CardHistoryTable;
  changes: ChangesTable;
  change_outbox: ChangeOutboxTable;
  idempotency_keys: IdempotencyKeysTable;
  card_comments: CardCommentsTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  card_attachments: CardAttachmentsTable;
  outbox: OutboxTable;
  webhooks: WebhooksTable;
  feed_cursors: FeedCursorsTable;
  server_secrets: ServerSecretsTable;
  surveys: SurveysTable;
  timers: TimersTable;
  sla_escalations: SlaEscalationsTable;
  customers: CustomersTable;
  equipment: EquipmentTable;
  card_refs: CardRefsTable;
  suppliers: SuppliersTable;
  parts: PartsTable;
  card_parts: CardPartsTable;
  purchase_orders: PurchaseOrdersTable;
  card_links: CardLinksTable;
  report_stage_days: ReportStageDaysTable;
  report_active_stages: ReportActiveStagesTable;
  card_sla_outcomes: CardSlaOutcomesTable;
  card_sla_target_outcomes: CardSlaTargetOutcomesTable;
  report_sla_days: ReportSlaDaysTable;
  report_sla_target_days: ReportSlaTargetDaysTable;
}

/** Per workflow, UTC day and stage: stage entries and exits of the history (migration 1500's trigger). */
/** Per workflow, the stage keys the reports count as active (reports/started-at.ts). */
export interface ReportActiveStagesTable {
  workflow_key: string;
  stage: string;
}

export interface ReportStageDaysTable {
  workflow_key: string;
  day: string;
  stage: string;
  /** The writer's row of the total (pg_backend_pid() % 64; 0 on SQLite): readers sum the shards. */
  shard: number;
  entered: number;
  exited: number;
}

/** A finished card's SLA measurement, valid while `finished_at` is the card's `entered_at`. */
export interface CardSlaOutcomesTable {
  card_id: string;
  workflow_key: string;
  workflow_version: number;
  /** The finished stage it was measured in. */
  stage: string;
  finished_at: string;
  /** The instant slaState() was evaluated at (its clocks had all stopped by then). */
  measured_at: string;
  /** 1 when the card's version has an SLA policy that measures it (slaState() not null). */
  measured: number;
  /** 1 when any target is breached. */
  breached: number;
}

export interface CardSlaTargetOutcomesTable {
  card_id: string;
  target_key: string;
  workflow_key: string;
  stage: string;
  finished_at: string;
  /** The target's place in its policy (the report lists unknown targets in that order). */
  position: number;
  label: string;
  status: string;
  elapsed_ms: number;
  limit_ms: number;
}

/** Stored SLA outcomes per workflow, finish day and stage (kept by migration 1500's triggers). */
export interface ReportSlaDaysTable {
  workflow_key: string;
  day: string;
  stage: string;
  shard: number;
  cards: number;
  measured: number;
  breached: number;
}

export interface ReportSlaTargetDaysTable {
  workflow_key: string;
  day: string;
  stage: string;
  target_key: string;
  label: string;
  position: number;
  shard: number;
  measured: number;
  breached: number;
}

export type SurveyRow = Selectable<SurveysTable>;

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
/** A card as the app writes and reads it; `started_at` is the history trigger's, for the reports. */
export type CardRow = Omit<Selectable<CardsTable>, 'started_at'>;
export type NewCard = Insertable<CardsTable>;
export type CardHistoryRow = Selectable<CardHistoryTable>;
export type ChangeRow = Selectable<ChangesTable>;
export type WorkflowRow = Selectable<WorkflowsTable>;
export type WorkflowVersionRow = Selectable<WorkflowVersionsTable>;
export type CardCommentRow = Selectable<CardCommentsTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type CardAttachmentRow = Selectable<CardAttachmentsTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type WebhookRow = Selectable<WebhooksTable>;
export type TimerRow = Selectable<TimersTable>;
export type SlaEscalationRow = Selectable<SlaEscalationsTable>;
export type CustomerRow = Selectable<CustomersTable>;
export type EquipmentRow = Selectable<EquipmentTable>;
