/**
 * The words of a plan, in the reader's language: one sentence per target that follows its
 * terms in order, and one per warning. Wording lives here only; the numbers and terms are the
 * record, so the text can change without touching them.
 */
import type { Locale } from '../shared/vocabulary.ts';
import type { PlanDriver, PlanSplit, RampMode } from './plan-input.ts';
import type { FunnelNeeds, PeriodTarget, PlanTerm, PlanWarning } from './plan-result.ts';

/** Drivers and ramp modes as a reader calls them. */
export const DRIVER: Record<Locale, Record<PlanDriver, string>> = {
  'zh-CN': { even: '平均分配', history: '历史业绩', potential: '市场潜力', pipeline: '商机储备' },
  en: { even: 'even split', history: 'history', potential: 'potential', pipeline: 'pipeline' },
};
export const RAMP: Record<Locale, Record<RampMode, string>> = {
  'zh-CN': {
    normalize: '按比例重新分摊',
    protect: '缺口由已满产成员承担',
    protect_hold: '缺口暂不分配',
  },
  en: {
    normalize: 'shares re-normalised',
    protect: 'gap carried by fully ramped units',
    protect_hold: 'gap held unassigned',
  },
};
const SPREAD: Record<Locale, (count: number, split: PlanSplit) => string> = {
  'zh-CN': (count, split) => `按季节性权重分解到 ${count} 个${split === 'quarter' ? '季度' : '月'}`,
  en: (count, split) =>
    `spread over ${count} ${split === 'quarter' ? 'quarters' : 'months'} by seasonality`,
};

/** Up to `decimals` decimals, trailing zeros dropped: 0.5 → "0.5", 12 → "12". */
export function formatNumber(x: number, decimals: number): string {
  const scale = SCALES[decimals] ?? 10 ** decimals;
  const rounded = Math.round(x * scale) / scale;
  // The shortest form of a number rounded to `decimals` has no trailing zeros; -0 prints as 0.
  return rounded === 0 ? '0' : `${rounded}`;
}
const SCALES = Array.from({ length: 16 }, (_, d) => 10 ** d);
const signed = (x: number, decimals: number) =>
  `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatNumber(Math.abs(x), decimals)}`;
const percent = (x: number) => `${formatNumber(x * 100, 1)}%`;

export type TargetTextContext = {
  readonly unitName: string;
  readonly metricName: string;
  readonly metricUnit: string | undefined;
  readonly decimals: number;
  readonly split: PlanSplit;
  readonly value: number;
  readonly terms: readonly PlanTerm[];
  readonly periods: readonly PeriodTarget[];
  readonly derived: FunnelNeeds | undefined;
};

function termText(term: PlanTerm, locale: Locale, d: number): string {
  const zh = locale === 'zh-CN';
  switch (term.term) {
    case 'share':
      return zh
        ? `按${DRIVER[locale][term.driver]}占 ${percent(term.value)}（权重 ${percent(term.weight)}）`
        : `${percent(term.value)} by ${DRIVER[locale][term.driver]} (weight ${percent(term.weight)})`;
    case 'base':
      return zh
        ? `综合份额 ${percent(term.share)}，即 ${formatNumber(term.of, d)} 中的 ${formatNumber(term.value, d)}`
        : `blended share ${percent(term.share)} of ${formatNumber(term.of, d)} = ${formatNumber(term.value, d)}`;
    case 'ramp':
      return zh
        ? `爬坡系数 ${term.value}（${RAMP[locale][term.mode]}）：${signed(term.delta, d)}`
        : `ramp factor ${term.value} (${RAMP[locale][term.mode]}): ${signed(term.delta, d)}`;
    case 'gap':
      return zh
        ? `承担新人爬坡缺口 ${signed(term.value, d)}`
        : `${signed(term.value, d)} of the new hires' ramp gap`;
    case 'adjustment':
      return zh
        ? `经理调整为 ${formatNumber(term.value, d)}（${term.comment}）`
        : `set by the manager to ${formatNumber(term.value, d)} (${term.comment})`;
    case 'clamp': {
      const limit = percent(1 + term.growth);
      if (zh)
        return `${term.bound === 'max' ? '受增长上限约束，不超过' : '受增长下限约束，不低于'}上期 ${formatNumber(term.history, d)} 的 ${limit}，即 ${formatNumber(term.value, d)}（${signed(term.delta, d)}）`;
      return `held at the growth ${term.bound === 'max' ? 'cap' : 'floor'}: ${limit} of last period's ${formatNumber(term.history, d)} = ${formatNumber(term.value, d)} (${signed(term.delta, d)})`;
    }
    case 'respread':
      return zh
        ? `分摊受增长限制成员的差额 ${signed(term.value, d)}`
        : `${signed(term.value, d)} re-spread from units held at a growth bound`;
    case 'rounding':
      return zh ? `取整 ${signed(term.value, d + 3)}` : `rounding ${signed(term.value, d + 3)}`;
    default: {
      const never: never = term;
      throw new Error(`unknown term ${JSON.stringify(never)}`);
    }
  }
}

function needsText(n: FunnelNeeds, locale: Locale): string {
  return locale === 'zh-CN'
    ? `需赢单 ${n.wonDeals} 个、商机 ${n.opportunities} 个、线索 ${n.leads} 条、拜访 ${n.visits} 次`
    : `needs ${n.wonDeals} won deals, ${n.opportunities} opportunities, ${n.leads} leads, ${n.visits} visits`;
}

/** `张伟 · 销售额目标 555.56 CNY：按市场潜力占 50%（权重 50%）；…。` */
export function renderTargetText(ctx: TargetTextContext, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const unit = ctx.metricUnit ? ` ${ctx.metricUnit}` : '';
  const value = `${formatNumber(ctx.value, ctx.decimals)}${unit}`;
  const parts: string[] = [];
  for (const term of ctx.terms) parts.push(termText(term, locale, ctx.decimals));
  // The sub-period values are in `periods`; the sentence only says how they were made.
  if (ctx.periods.length > 1) parts.push(SPREAD[locale](ctx.periods.length, ctx.split));
  if (ctx.derived) parts.push(needsText(ctx.derived, locale));
  return zh
    ? `${ctx.unitName} · ${ctx.metricName}目标 ${value}：${parts.join('；')}。`
    : `${ctx.unitName} · ${ctx.metricName} target ${value}: ${parts.join('; ')}.`;
}

/** One sentence for a warning; `names` gives the display names of metrics and units. */
export function renderWarningText(
  w: Omit<PlanWarning, 'text'>,
  locale: Locale,
  name: (id: string | undefined) => string,
): string {
  const zh = locale === 'zh-CN';
  const metric = name(w.metric);
  const amount = w.amount === undefined ? '' : formatNumber(w.amount, 6);
  switch (w.code) {
    case 'growth_infeasible':
      return zh
        ? `${metric}：所有成员都已达增长上下限，仍有 ${amount} 无法分配，请调整目标或增长范围。`
        : `${metric}: every unit is at a growth bound and ${amount} is left over; change the target or the bounds.`;
    case 'unfair_difficulty':
      return zh
        ? `${metric}：${(w.units ?? []).map(name).join('、')} 的相对难度超过 1.2，目标相对其潜力偏高。`
        : `${metric}: relative difficulty above 1.2 — a high target for the potential — for ${(w.units ?? []).map(name).join(', ')}.`;
    case 'potential_not_positive':
      return zh
        ? `${name(w.unit)} 的潜力指数不大于 0，按 0 计。`
        : `${name(w.unit)}'s potential index is not above 0 and counts as 0.`;
    case 'potential_factor_zero_mean':
      return zh
        ? `潜力因子 ${w.factor} 的平均值为 0，无法比较，未计入。`
        : `Potential factor ${w.factor} averages 0 and is left out.`;
    case 'ramp_gap_unassigned':
      return zh
        ? `${metric}：没有已满产的成员承担爬坡缺口，${amount} 未分配。`
        : `${metric}: no fully ramped unit can carry the ramp gap; ${amount} is unassigned.`;
    case 'adjustments_exceed_target':
      return zh
        ? `${metric}：经理调整合计超出目标 ${amount}，其余成员目标为 0。`
        : `${metric}: adjustments exceed the target by ${amount}; the other units get 0.`;
    case 'no_units_left':
      return zh
        ? `${metric}：所有成员都已被调整，${amount} 未分配。`
        : `${metric}: every unit is adjusted; ${amount} is unassigned.`;
    case 'adjusted_outside_growth':
      return zh
        ? `${metric}：${name(w.unit)} 的调整值超出增长范围。`
        : `${metric}: ${name(w.unit)}'s adjusted value is outside the growth bounds.`;
    default: {
      const never: never = w.code;
      throw new Error(`unknown warning ${String(never)}`);
    }
  }
}
