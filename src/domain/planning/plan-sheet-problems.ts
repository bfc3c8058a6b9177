/**
 * What can be wrong with a plan workbook a manager sends back: the closed list of problem codes
 * of the adjustments it carries. A problem names its cell (`目标!F7`) so the manager can fix the
 * file in one pass; the codes are the same in the reader, the API and the web app.
 */
export const ADJUSTMENT_PROBLEM_CODES = [
  'not_xlsx',
  'sheet_missing',
  'no_adjustment_columns',
  'unknown_metric',
  'duplicate_metric',
  'comment_column_missing',
  'unit_id_missing',
  'unknown_unit',
  'duplicate_unit',
  'not_a_number',
  'negative',
  'not_a_multiple',
  'comment_required',
] as const;
export type AdjustmentProblemCode = (typeof ADJUSTMENT_PROBLEM_CODES)[number];
