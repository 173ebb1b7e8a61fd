// A definition sent by an admin: the server decides its key and version, the engine its problems.
import {
  DEFAULT_LOCALE,
  validate,
  WorkflowDefinition,
  type Locale,
  type Problem,
  type WorkflowLookup,
} from '@stageflow/engine';
import { HttpProblem } from '../http/problem.ts';
import { say, serverT } from '../i18n/translate.ts';

export interface CheckedDefinition {
  definition: WorkflowDefinition | null;
  problems: Problem[];
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (isObject(value))
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  return false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The body with `version` set to the one it will be published as (whatever the body said) and
 * the engine's problems. A `key` that names another workflow is a problem too.
 */
export function checkDefinition(
  body: unknown,
  key: string,
  version: number,
  locale: Locale = DEFAULT_LOCALE,
  /** The published workflows, so effects and linked conditions naming them are checked. */
  others?: WorkflowLookup,
): CheckedDefinition {
  const t = serverT(locale);
  if (!isObject(body)) {
    return {
      definition: null,
      problems: [{ path: [], message: t('workflows.notAnObject'), code: 'not_object' }],
    };
  }
  const candidate = { ...body, key: body.key ?? key, version };
  const problems = [...validate(candidate, locale, others)];
  // The name lands in a text column, which cannot hold NUL on PostgreSQL.
  if (containsNul(candidate)) {
    problems.push({
      path: [],
      message: t('workflows.nul'),
      code: 'nul_character',
    });
  }
  if (candidate.key !== key) {
    problems.unshift({
      path: ['key'],
      message: t('workflows.keyMismatch', { given: String(candidate.key), key }),
      code: 'key_mismatch',
    });
  }
  const parsed = WorkflowDefinition.safeParse(candidate);
  if (!parsed.success && problems.length === 0) {
    for (const issue of parsed.error.issues) {
      problems.push({
        path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
        message: issue.message,
        code: issue.code,
      });
    }
  }
  return { definition: problems.length === 0 && parsed.success ? parsed.data : null, problems };
}

export function requireValidDefinition(checked: CheckedDefinition): WorkflowDefinition {
  if (!checked.definition) {
    const first = checked.problems[0];
    const count = checked.problems.length;
    const detail =
      count === 1 && first
        ? say('workflows.cannotPublish', { problem: first.message })
        : say('workflows.cannotPublishMany', { count, problem: first?.message ?? '' });
    throw new HttpProblem(422, 'invalid-definition', detail, { problems: checked.problems });
  }
  return checked.definition;
}
