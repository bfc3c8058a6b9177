/**
 * 公平性: for one metric, each rep's target against their market potential, with the line on
 * which every rep would face the same difficulty; the spread of difficulty (CV, Gini), the reps
 * whose target is high for their potential, and new (ramping) reps against veterans.
 */
import { Flex, Segmented, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/list-states.tsx';
import { usePlanFormatters } from './plan-grid.tsx';
import {
  type FairnessView,
  fairnessOf,
  type PlanDetail,
  type ValueFormatter,
} from './plan-model.ts';

const W = 560;
const H = 300;
const PAD = { left: 56, right: 16, top: 16, bottom: 36 };

const COLOR = { flagged: '#ff4d4f', ramping: '#722ed1', other: '#52c41a' } as const;
const LEGEND = Object.entries(COLOR) as [keyof typeof COLOR, string][];

const ratio = (value: number | null) => (value === null ? '—' : value.toFixed(2));

export const FairnessPanel = ({ plan }: { plan: PlanDetail }) => {
  const { t } = useTranslation();
  const metrics = plan.metrics.map((m) => m.metric);
  const formatters = usePlanFormatters(metrics);
  const withFairness = metrics.filter((m) => plan.current.result.fairness[m.key]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const metric = withFairness.find((m) => m.key === chosen) ?? withFairness[0];
  if (!metric) return <EmptyState description={t('plans.fairness.none')} />;
  const view = fairnessOf(plan.current.input, plan.current.result, metric.key);
  if (!view || view.points.length === 0)
    return <EmptyState description={t('plans.fairness.none')} />;
  const names = new Map(plan.current.input.units.map((u) => [u.id, u.name ?? u.id.slice(0, 8)]));

  return (
    <Flex vertical gap={16}>
      {withFairness.length > 1 ? (
        <Segmented
          value={metric.key}
          onChange={(key) => setChosen(String(key))}
          options={withFairness.map((m) => ({ value: m.key, label: m.name }))}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      <Flex gap={32} wrap>
        <Statistic title={t('plans.fairness.cv')} value={ratio(view.cv)} />
        <Statistic title={t('plans.fairness.gini')} value={ratio(view.gini)} />
        <Statistic title={t('plans.fairness.flaggedCount')} value={view.flagged.length} />
        <Statistic title={t('plans.fairness.newAverage')} value={ratio(view.newAverage)} />
        <Statistic title={t('plans.fairness.veteranAverage')} value={ratio(view.veteranAverage)} />
      </Flex>
      <Typography.Text type="secondary">{t('plans.fairness.help')}</Typography.Text>
      <Flex gap={24} wrap align="start">
        <Flex vertical gap={4} style={{ flex: '1 1 420px', maxWidth: W }}>
          <Scatter
            view={view}
            names={names}
            format={formatters.get(metric.key) ?? String}
            label={t('plans.fairness.chart', { metric: metric.name })}
          />
          <Flex gap={16} wrap>
            {LEGEND.map(([key, color]) => (
              <Typography.Text key={key} type="secondary" style={{ fontSize: 12 }}>
                <span
                  aria-hidden
                  style={{
                    display: 'inline-block',
                    width: 8,
                    height: 8,
                    borderRadius: 4,
                    background: color,
                    marginInlineEnd: 4,
                  }}
                />
                {t(`plans.fairness.legend.${key}`)}
              </Typography.Text>
            ))}
          </Flex>
        </Flex>
        <Flex vertical gap={8} style={{ minWidth: 220, maxWidth: 360 }}>
          <Typography.Text strong>{t('plans.fairness.flagged')}</Typography.Text>
          {view.flagged.length === 0 ? (
            <Typography.Text type="secondary">{t('plans.fairness.noneFlagged')}</Typography.Text>
          ) : (
            <Flex gap={4} wrap>
              {view.flagged.map((unit) => (
                <Tag key={unit} color="red">
                  {names.get(unit) ?? unit.slice(0, 8)}
                </Tag>
              ))}
            </Flex>
          )}
        </Flex>
      </Flex>
    </Flex>
  );
};

/** Potential on x, target on y; the dashed line is equal difficulty. Red: flagged; purple: new. */
const Scatter = ({
  view,
  names,
  format,
  label,
}: {
  view: FairnessView;
  names: ReadonlyMap<string, string>;
  format: ValueFormatter;
  label: string;
}) => {
  const { t } = useTranslation();
  const maxX = Math.max(...view.points.map((p) => p.potential), 1e-9) * 1.05;
  const lineMaxY = view.slope === null ? 0 : view.slope * maxX;
  const maxY = Math.max(...view.points.map((p) => p.target), lineMaxY, 1e-9) * 1.05;
  const x = (v: number) => PAD.left + (v / maxX) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / maxY) * (H - PAD.top - PAD.bottom);
  const lineEnd = view.slope === null ? null : Math.min(maxX, maxY / view.slope);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W, background: '#fafafa', borderRadius: 8 }}
    >
      <line
        x1={PAD.left}
        y1={H - PAD.bottom}
        x2={W - PAD.right}
        y2={H - PAD.bottom}
        stroke="#bbb"
      />
      <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="#bbb" />
      <text x={W - PAD.right} y={H - 8} textAnchor="end" fontSize={12} fill="#666">
        {t('plans.fairness.xAxis')}
      </text>
      <text x={8} y={PAD.top + 4} fontSize={12} fill="#666">
        {t('plans.fairness.yAxis')}
      </text>
      <text x={PAD.left - 4} y={y(maxY / 1.05) + 4} textAnchor="end" fontSize={10} fill="#999">
        {format(maxY / 1.05).replace(/\.\d+$/, '')}
      </text>
      {lineEnd !== null && view.slope !== null ? (
        <>
          <line
            x1={x(0)}
            y1={y(0)}
            x2={x(lineEnd)}
            y2={y(view.slope * lineEnd)}
            stroke="#1677ff"
            strokeDasharray="6 4"
          />
          <text
            x={x(lineEnd) - 4}
            y={y(view.slope * lineEnd) + 14}
            textAnchor="end"
            fontSize={11}
            fill="#1677ff"
          >
            {t('plans.fairness.line')}
          </text>
        </>
      ) : null}
      {view.points.map((p) => (
        <circle
          key={p.unit}
          cx={x(p.potential)}
          cy={y(p.target)}
          r={5}
          fill={p.flagged ? COLOR.flagged : p.ramping ? COLOR.ramping : COLOR.other}
          fillOpacity={0.8}
        >
          <title>
            {`${names.get(p.unit) ?? p.unit}: ${format(p.target)} · ${t('plans.fairness.relative')} ${p.relative.toFixed(2)}`}
          </title>
        </circle>
      ))}
    </svg>
  );
};
