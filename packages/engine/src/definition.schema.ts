// The workflow definition format: JSON data an admin edits, never code.
import { z } from 'zod';
import type { Locale } from './i18n/locale.ts';
import { DEFINITION_LIMITS as L, MAX_TEXT_LENGTH } from './limits.ts';
import { ClockDuration, RoleRefs, SlaPolicy } from './sla/sla.schema.ts';

export const ROLES = ['admin', 'manager', 'viewer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const FIELD_TYPES = [
  'text',
  'longtext',
  'number',
  'money',
  'date',
  'select',
  'boolean',
  'user',
  'customer',
  'equipment',
] as const;
export const FieldType = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

export const STAGE_CATEGORIES = ['open', 'active', 'done', 'cancelled'] as const;
export const StageCategory = z.enum(STAGE_CATEGORIES);
export type StageCategory = z.infer<typeof StageCategory>;

/** Zod's message for a malformed key; validate() puts the catalogue's sentence in its place. */
export const KEY_MESSAGE = 'must start with a lowercase letter and hold only letters, digits and _';

const Key = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9_]*$/, KEY_MESSAGE)
  .max(64);

/** A list capped at `max` entries, refused with a sentence that names the limit. */
const capped = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `At most ${max} ${what} are allowed here.`);
const label = z.string().min(1).max(L.label, `At most ${L.label} characters are allowed here.`);
const description = z
  .string()
  .max(L.description, `At most ${L.description} characters are allowed here.`)
  .optional();

/** A field value as stored on a card. Dates are `YYYY-MM-DD`; money is an amount in the field's currency. */
export const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type FieldValue = z.infer<typeof FieldValue>;
export type Fields = Record<string, FieldValue>;

/**
 * Translations of a label (or of a workflow's name), by locale: `{ "ko": "진단" }`. The label as
 * written is shown in every locale the definition does not translate.
 */
export const Labels = z
  .object({ en: label.optional(), ko: label.optional() })
  .strict() satisfies z.ZodType<Partial<Record<Locale, string>>>;
export type Labels = z.infer<typeof Labels>;

export const SelectOption = z
  .object({ value: z.string().min(1).max(L.label), label, labels: Labels.optional() })
  .strict();

export const FieldDef = z
  .object({
    key: Key,
    label,
    labels: Labels.optional(),
    type: FieldType,
    /** Must be filled when the card is created. */
    required: z.boolean().optional(),
    description,
    /** Options of a `select` field. */
    options: capped(SelectOption, L.options, 'options').optional(),
    /** Longest value of a `text` or `longtext` field (default 500 and 20,000 characters). */
    maxLength: z.number().int().positive().max(MAX_TEXT_LENGTH).optional(),
    /** ISO 4217 currency of a `money` field, e.g. "EUR". */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    /** Smallest and largest value of a `number` or `money` field. */
    min: z.number().optional(),
    max: z.number().optional(),
    /** Shown on the card face on the board. */
    showOnCard: z.boolean().optional(),
  })
  .strict();
export type FieldDef = z.infer<typeof FieldDef>;

export const Sla = z
  .object({ amount: z.number().positive(), unit: z.enum(['hours', 'days']) })
  .strict();
export type Sla = z.infer<typeof Sla>;

/** Stages are ordered by their position in the array (so two can never claim one place). */
export const StageDef = z
  .object({
    key: Key,
    label,
    labels: Labels.optional(),
    category: StageCategory,
    description,
    wipLimit: z.number().int().positive().optional(),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .optional(),
    /** How long a card may stay in this stage before it is overdue. */
    sla: Sla.optional(),
  })
  .strict();
export type StageDef = z.infer<typeof StageDef>;

// ---- Conditions: a small language as data (no JavaScript in definitions) ----

export const COMPARE_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;
export const CompareOp = z.enum(COMPARE_OPS);
export type CompareOp = z.infer<typeof CompareOp>;

export const DATE_UNITS = ['days', 'months', 'years'] as const;
export const DateUnit = z.enum(DATE_UNITS);
export type DateUnit = z.infer<typeof DateUnit>;

/**
 * A value read from the card: a field, or with `path` an attribute of the customer or equipment
 * record a reference field points at (`{ "field": "unit", "path": "purchaseDate" }`).
 */
export const FieldRef = z.object({ field: Key, path: Key.optional() }).strict();
export type FieldRef = z.infer<typeof FieldRef>;

/** A number given literally, or read from a number field (or referenced record) of the card. */
export const Amount = z.union([z.number(), FieldRef]);
export type Amount = z.infer<typeof Amount>;

/** A date given as the date of the event (the move), or read from a date field. */
export const DateRef = z.union([z.literal('event'), FieldRef]);
export type DateRef = z.infer<typeof DateRef>;

/** The date a date condition starts from: a date field's key, or a reference to a record's date. */
export const DateSource = z.union([Key, FieldRef]);
export type DateSource = z.infer<typeof DateSource>;

/** `path` reads an attribute of the record a reference field points at. */
const path = Key.optional();

const message = label.optional();
/** Translations of `message`: `{ "ko": "…" }`. */
const messages = Labels.optional();

export const CompareCondition = z
  .object({ field: Key, path, op: CompareOp, value: FieldValue, message, messages })
  .strict();
export const InCondition = z
  .object({
    field: Key,
    path,
    op: z.literal('in'),
    value: capped(FieldValue, L.list, 'values').min(1),
    message,
    messages,
  })
  .strict();
export const PresenceCondition = z
  .object({ field: Key, path, op: z.enum(['present', 'empty']), message, messages })
  .strict();
/** `date` lies within `amount` `unit` of `of` (before or after). */
export const WithinCondition = z
  .object({ date: DateSource, within: Amount, unit: DateUnit, of: DateRef, message, messages })
  .strict();
/** `date` + `plus` `unit` compared (`op`) with `than`: "purchase date + warranty months ≥ claim date". */
export const DateOffsetCondition = z
  .object({
    date: DateSource,
    plus: Amount,
    unit: DateUnit,
    op: CompareOp,
    than: DateRef,
    message,
    messages,
  })
  .strict();
/** The acting user's role is one of these. */
export const RoleCondition = z.object({ role: z.array(Role).min(1), message, messages }).strict();
/** Every parts line of the card is reserved from stock (the server hands the facts in `Ctx.parts`). */
export const PartsCondition = z.object({ parts: z.literal('inStock'), message, messages }).strict();
/**
 * Every card linked to this one in workflow `linked` (a spawned child, or the parent) sits in a
 * stage of one of these categories: "the repair this claim opened is done".
 */
export const LinkedCondition = z
  .object({
    linked: Key,
    category: z.array(StageCategory).min(1),
    message,
    messages,
  })
  .strict();

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | z.infer<typeof CompareCondition>
  | z.infer<typeof InCondition>
  | z.infer<typeof PresenceCondition>
  | z.infer<typeof WithinCondition>
  | z.infer<typeof DateOffsetCondition>
  | z.infer<typeof RoleCondition>
  | z.infer<typeof PartsCondition>
  | z.infer<typeof LinkedCondition>;

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: capped(Condition, L.list, 'conditions').min(1) }).strict(),
    z.object({ any: capped(Condition, L.list, 'conditions').min(1) }).strict(),
    z.object({ not: Condition }).strict(),
    CompareCondition,
    InCondition,
    PresenceCondition,
    WithinCondition,
    DateOffsetCondition,
    RoleCondition,
    PartsCondition,
    LinkedCondition,
  ]),
);

/**
 * A field the transition writes: a literal (null clears it), the event's date, the acting user, or
 * a copy of another field or referenced record's attribute (the unit's owner as the customer).
 * `ifEmpty` keeps a value that is already there (a claim date entered at intake).
 */
export const Assignment = z.union([
  z.object({ field: Key, value: FieldValue, ifEmpty: z.boolean().optional() }).strict(),
  z
    .object({ field: Key, from: z.enum(['eventDate', 'actor']), ifEmpty: z.boolean().optional() })
    .strict(),
  z.object({ field: Key, copy: FieldRef, ifEmpty: z.boolean().optional() }).strict(),
]);
export type Assignment = z.infer<typeof Assignment>;

export const PARTS_ACTIONS = ['reserve', 'consume', 'release', 'receive'] as const;
export type PartsAction = (typeof PARTS_ACTIONS)[number];
/** A value a spawned card's field takes: read from this card (`{ field, path? }`) or given. */
export const SpawnValue = z.union([FieldRef, z.object({ value: FieldValue }).strict()]);
export type SpawnValue = z.infer<typeof SpawnValue>;

/**
 * Opens a card in workflow `workflow`, linked to this one as its child. `fields` maps the new
 * card's field keys to values read from this card after the move. `when` limits it to some moves
 * ("only when the resolution is a repair").
 */
export const SpawnEffect = z
  .object({
    spawn: z
      .object({
        workflow: Key,
        fields: z.record(Key, SpawnValue).optional(),
        when: Condition.optional(),
      })
      .strict(),
  })
  .strict();

/**
 * Sends `event` to this card's parent in workflow `parent` (the card that spawned it), made by the
 * system. A parent that refuses keeps its stage and the refusal goes into its history, unless
 * `required`: then the child's move is refused too.
 */
export const SignalEffect = z
  .object({
    signal: z.object({ parent: Key, event: Key, required: z.boolean().optional() }).strict(),
  })
  .strict();

export const TransitionEffect = z.union([SpawnEffect, SignalEffect]);
export type TransitionEffect = z.infer<typeof TransitionEffect>;

/**
 * `from: "*"` means every stage that is not `done` or `cancelled`, other than `to` itself:
 * "cancel from anywhere" should not reopen closed work.
 */
export const TransitionDef = z
  .object({
    event: Key,
    label,
    labels: Labels.optional(),
    description,
    from: z.union([z.literal('*'), Key, capped(Key, L.list, 'stages').min(1)]),
    to: Key,
    /** Only these roles may make the move (admins always may). Omitted: every role that may edit cards. */
    roles: z.array(Role).min(1).optional(),
    guard: Condition.optional(),
    /** Fields that must be filled (on the card or given with the move) to make it. */
    requires: capped(Key, L.list, 'fields').optional(),
    assign: capped(Assignment, L.list, 'assignments').optional(),
    /**
     * What the move does to the card's parts lines, in the card's own write transaction: reserve
     * them from stock, consume them (stock leaves the shelf), release them, or receive a purchase
     * order's goods (`receivedNow` units) into stock.
     */
    parts: z.enum(PARTS_ACTIONS).optional(),
    /** Fires by itself once the card has been this long in a `from` stage (a timed transition). */
    after: ClockDuration.optional(),
    /** Roles told (in the inbox, and by email if they chose) each time the move is made. */
    notify: RoleRefs.optional(),
    /** Work in other workflows the move starts or finishes (the server applies it in the same transaction). */
    effects: capped(TransitionEffect, L.list, 'effects').optional(),
  })
  .strict();
export type TransitionDef = z.infer<typeof TransitionDef>;

export const WorkflowDefinition = z
  .object({
    key: Key,
    name: label,
    /** Translations of `name`. */
    labels: Labels.optional(),
    version: z.number().int().positive(),
    description,
    fields: capped(FieldDef, L.fields, 'fields'),
    stages: capped(StageDef, L.stages, 'stages').min(1),
    initial: Key,
    transitions: capped(TransitionDef, L.transitions, 'transitions'),
    /** Business calendar, clock pauses/stops and SLA targets, computed from each card's history. */
    slaPolicy: SlaPolicy.optional(),
  })
  .strict();
export type WorkflowDefinition = z.infer<typeof WorkflowDefinition>;
