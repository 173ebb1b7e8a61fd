// @stageflow/engine — workflow definitions as data, compiled into XState v5 machines.
// Pure: no I/O, no clock, no randomness. Time and the acting user are arguments (`Ctx`).
export * from './definition.schema.ts';
export * from './types.ts';
export { machineFor, restore } from './compile.ts';
export { start, step, edit, moves } from './engine.ts';
export { validate, MAX_PROBLEMS } from './validate.ts';
export * from './limits.ts';
export { planMigration } from './migration.ts';
export {
  validateFieldValues,
  formatValue,
  formatMoney,
  isEmptyValue,
  fieldLabel,
  workflowName,
  automaticFields,
  maxTextLength,
} from './fields.ts';
export { stageLabel } from './rules.ts';
export * from './i18n/index.ts';
export { evaluateCondition } from './conditions.ts';
export { addToDate, dueAtFor } from './dates.ts';
export { workflowJsonSchema } from './json-schema.ts';
export {
  builtinWorkflows,
  dealWorkflow,
  repairWorkflow,
  returnWorkflow,
  warrantyWorkflow,
} from './builtins/index.ts';
