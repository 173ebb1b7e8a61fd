// @stageflow/engine — workflow definitions as data, compiled into XState v5 machines.
// Pure: no I/O, no clock, no randomness. Time and the acting user are arguments (`Ctx`).
export * from './definition.schema.ts';
export * from './types.ts';
export { machineFor, restore } from './compile.ts';
export { start, step, edit, moves } from './engine.ts';
export { validate, MAX_PROBLEMS, type WorkflowLookup } from './validate.ts';
export * from './limits.ts';
export { planMigration } from './migration.ts';
export {
  validateFieldValues,
  formatValue,
  formatMoney,
  isEmptyValue,
  fieldLabel,
  findField,
  workflowName,
  automaticFields,
  maxTextLength,
} from './fields.ts';
export {
  TERMINAL_CATEGORIES,
  isTerminalCategory,
  isOpenStage,
  findStage,
  stageLabel,
} from './stages.ts';
export * from './i18n/index.ts';
export { evaluateCondition, conditionRefs, readRef } from './conditions.ts';
export { readsLinks } from './link-effects.ts';
export * from './references.ts';
export { addToDate, dueAtFor } from './dates.ts';
export { workflowJsonSchema } from './json-schema.ts';
export {
  builtinWorkflows,
  dealWorkflow,
  repairWorkflow,
  returnWorkflow,
  warrantyWorkflow,
  purchaseOrderWorkflow,
} from './builtins/index.ts';
export * from './sla/sla.schema.ts';
export { KOREAN_PUBLIC_HOLIDAYS } from './sla/holidays-kr.ts';
export {
  slaState,
  slaStateOf,
  slaMoveEffect,
  clockModeIn,
  startSlaClocks,
  advanceSlaClocks,
  slaClocksOf,
  type SlaClocks,
  type StageEntry,
  type SlaState,
  type SlaTargetState,
  type SlaStatus,
  type ClockMode,
  type SlaMoveEffect,
} from './sla/sla-state.ts';
export { timersFor, type TimerPlan } from './sla/timers.ts';
export {
  ESCALATION_THRESHOLDS,
  escalationRoles,
  escalationsFor,
  escalationsAt,
  escalationClocks,
  hasEscalations,
  hasReached,
  type EscalationPlan,
  type EscalationThreshold,
} from './sla/escalations.ts';
export { businessClock, isKnownTimeZone } from './sla/business-calendar.ts';
