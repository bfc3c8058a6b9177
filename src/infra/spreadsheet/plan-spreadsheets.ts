/** Plan workbooks for the use cases: the XLSX writer and the adjustments reader behind one port. */
import type { PlanSpreadsheets } from '../../app/plan-ports.ts';
import { writePlanWorkbook } from './plan-workbook.ts';
import { readPlanAdjustments } from './read-adjustments.ts';

export const planSpreadsheets: PlanSpreadsheets = {
  writePlan: (sheet) => writePlanWorkbook(sheet),
  readAdjustments: (bytes, expected, locale) => readPlanAdjustments(bytes, expected, { locale }),
};
