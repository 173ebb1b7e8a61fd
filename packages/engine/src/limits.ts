// How big a definition and a field value may be. Real workflows are a few dozen stages and
// fields; the caps keep a hostile or broken definition from costing the server (and the browser
// editor, which validates on every keystroke) more than a real one does.
export const DEFINITION_LIMITS = {
  fields: 200,
  stages: 100,
  transitions: 500,
  /**
   * Stage-to-stage moves the transitions make (a `from: "*"` transition makes one per open stage).
   * The compiled machine has one XState transition per move and costs about 0.1 ms each to build.
   */
  moves: 2_000,
  /** Options of one select field. */
  options: 500,
  /** Entries of a transition's `from`, `requires`, `assign`, and of a condition's `all`/`any`/`in`. */
  list: 200,
  /** Labels, names, option values, condition messages. */
  label: 200,
  description: 2_000,
} as const;

/** Text field values, unless the field sets its own `maxLength` (never above MAX_TEXT_LENGTH). */
export const DEFAULT_TEXT_LENGTH = 500;
export const DEFAULT_LONGTEXT_LENGTH = 20_000;
export const MAX_TEXT_LENGTH = 100_000;

/** Money and numbers stay well inside float range, so column sums never overflow to Infinity. */
export const MAX_AMOUNT = 1e12;

/** User ids are short (the server's are 36-character UUIDs); longer text cannot name a user. */
export const USER_ID_LENGTH = 64;
