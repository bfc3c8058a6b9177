/**
 * 计算过程: a target's terms as plain sentences, one step a line — each driver's share, the
 * blended base, the ramp of a new hire, a manager's adjustment with its reason, growth bounds
 * and rounding — and the funnel work a target implies.
 */
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  type FunnelNeeds,
  type PlanTerm,
  percentOf,
  signed,
  type ValueFormatter,
} from './plan-model.ts';

/** One term as a sentence in the current language. */
export const termText = (t: TFunction, term: PlanTerm, format: ValueFormatter): string => {
  switch (term.term) {
    case 'share':
      return t('plans.term.share', {
        driver: t(`plans.driver.${term.driver}`),
        share: percentOf(term.value),
        weight: percentOf(term.weight, 0),
      });
    case 'base':
      return t('plans.term.base', {
        share: percentOf(term.share, 2),
        of: format(term.of),
        value: format(term.value),
      });
    case 'ramp':
      return t('plans.term.ramp', {
        factor: percentOf(term.value, 0),
        mode: t(`plans.rampMode.${term.mode}`),
        delta: signed(term.delta, format),
      });
    case 'gap':
      return t('plans.term.gap', { delta: signed(term.value, format) });
    case 'adjustment':
      return t('plans.term.adjustment', { value: format(term.value), comment: term.comment });
    case 'clamp':
      return t(`plans.term.clamp_${term.bound}`, {
        growth: percentOf(term.growth),
        history: format(term.history),
        value: format(term.value),
        delta: signed(term.delta, format),
      });
    case 'respread':
      return t('plans.term.respread', { delta: signed(term.value, format) });
    case 'rounding':
      return t('plans.term.rounding', { delta: signed(term.value, format) });
    default: {
      const never: never = term;
      return String(never);
    }
  }
};

export const Derivation = ({
  terms,
  format,
}: {
  terms: readonly PlanTerm[];
  format: ValueFormatter;
}) => {
  const { t } = useTranslation();
  if (terms.length === 0)
    return <Typography.Text type="secondary">{t('plans.noTerms')}</Typography.Text>;
  return (
    <ol className="plan-derivation" style={{ margin: 0, paddingInlineStart: 20 }}>
      {terms.map((term, i) => (
        // Terms have no id; their order is the order of the calculation.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
        <li key={i} style={{ marginBottom: 4 }}>
          {termText(t, term, format)}
        </li>
      ))}
    </ol>
  );
};

/** "需成交 3 单、商机 8 个、线索 40 条、拜访 16 次". */
export const needsText = (t: TFunction, needs: FunnelNeeds): string =>
  t('plans.needs', {
    deals: needs.wonDeals,
    opportunities: needs.opportunities,
    leads: needs.leads,
    visits: needs.visits,
  });
