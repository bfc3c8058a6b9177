/**
 * A plan version as an XLSX workbook, exactly as the reader sees it on screen: reps their own
 * row, managers the reps of their data scope, administrators everything. The targets sheet has
 * one row per rep, per metric its total, sub-periods and the adjusted value + comment columns a
 * manager fills in and imports back; the derivation sheet has the terms of every target.
 */
import type { Locale } from '../../domain/shared/vocabulary.ts';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import { getPlan } from './get-plan.ts';

export type PlanExport = {
  /** `目标计划-<name>-v<n>.xlsx` (or `target-plan-…` in English), safe as a file name. */
  readonly filename: string;
  readonly bytes: Buffer;
};

const FILE_PREFIX: Record<Locale, string> = { 'zh-CN': '目标计划', en: 'target-plan' };

/** A plan name as part of a file name: no path separators, reserved or control characters. */
export function fileSafe(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return cleaned === '' ? 'plan' : cleaned;
}

export async function exportPlan(
  deps: Pick<AppDeps, 'transact' | 'clock' | 'spreadsheets'>,
  actor: Actor,
  id: string,
  options: { readonly version?: number | undefined; readonly locale?: Locale | undefined } = {},
): Promise<PlanExport> {
  const plan = await getPlan(deps, actor, id, options.version);
  const locale = options.locale ?? actor.user.locale;
  const { input, result, version } = plan.current;
  const teamName = new Map((input.teams ?? []).map((t) => [t.id, t.name ?? t.id]));
  const bytes = await deps.spreadsheets.writePlan({
    name: plan.name,
    locale,
    metrics: input.metrics,
    units: input.units.map((u) => ({
      id: u.id,
      name: u.name,
      // Teams the reader may not see stay blank rather than showing an id.
      team: u.team ? (teamName.get(u.team) ?? null) : null,
    })),
    result,
    adjustments: input.adjustments ?? [],
    period: input.period,
    generatedAt: deps.clock.now(),
    timeZone: actor.workspace.timezone,
  });
  return {
    filename: `${FILE_PREFIX[locale]}-${fileSafe(plan.name)}-v${version}.xlsx`,
    bytes,
  };
}
