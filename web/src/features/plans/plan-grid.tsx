/**
 * 目标分解: one row per rep (with team), one column per metric; a row opens to its months (or
 * quarters). Each figure opens its explanation; adjusted and harder-than-fair targets are marked.
 */
import { Button, Flex, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/use-formatters.ts';
import {
  isRamping,
  type PlanDetail,
  type PlanMetricInfo,
  targetOf,
  type ValueFormatter,
  valueFormatter,
} from './plan-model.ts';

export type CellRef = { unit: string; metric: string };

type Row = { id: string; name: string; team: string | null; ramping: boolean };

type Props = { plan: PlanDetail; onOpen: (cell: CellRef) => void };

export const usePlanFormatters = (metrics: readonly PlanMetricInfo[]) => {
  const fmt = useFormatters();
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'zh-CN';
  return useMemo(
    () =>
      new Map<string, ValueFormatter>(
        metrics.map((m) => [m.key, valueFormatter(m, locale, fmt.money)]),
      ),
    [metrics, locale, fmt.money],
  );
};

export const PlanGrid = ({ plan, onOpen }: Props) => {
  const { t } = useTranslation();
  const { input, result } = plan.current;
  const metrics = plan.metrics.map((m) => m.metric);
  const formatters = usePlanFormatters(metrics);
  const format = (key: string) => formatters.get(key) ?? String;
  const teamName = new Map((input.teams ?? []).map((team) => [team.id, team.name ?? team.id]));
  const adjusted = new Set((input.adjustments ?? []).map((a) => `${a.unit}|${a.metric}`));

  const rows: Row[] = input.units.map((unit) => ({
    id: unit.id,
    name: unit.name ?? unit.id.slice(0, 8),
    team: unit.team ? (teamName.get(unit.team) ?? null) : null,
    ramping: result.targets.some((target) => target.unit === unit.id && isRamping(target)),
  }));

  const flagged = (metric: string, unit: string) =>
    result.fairness[metric]?.flagged.includes(unit) ?? false;

  const columns: TableProps<Row>['columns'] = [
    {
      title: t('plans.grid.rep'),
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, row) => (
        <Flex gap={6} align="center" wrap={false}>
          <Typography.Text style={{ whiteSpace: 'nowrap' }}>{name}</Typography.Text>
          {row.ramping ? <Tag color="purple">{t('plans.grid.ramping')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('plans.grid.team'),
      dataIndex: 'team',
      render: (team: string | null) =>
        team ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    ...metrics.map((metric): NonNullable<TableProps<Row>['columns']>[number] => ({
      title: metric.name,
      key: metric.key,
      align: 'right',
      render: (_, row) => {
        const target = targetOf(result, row.id, metric.key);
        if (!target) return '—';
        const isAdjusted = adjusted.has(`${row.id}|${metric.key}`);
        const isFlagged = flagged(metric.key, row.id);
        return (
          <Flex gap={4} justify="flex-end" align="center" wrap={false}>
            {isAdjusted ? <Tag color="gold">{t('plans.grid.adjusted')}</Tag> : null}
            {isFlagged ? (
              <Tooltip title={t('plans.grid.hardHelp')}>
                <Tag color="red">{t('plans.grid.hard')}</Tag>
              </Tooltip>
            ) : null}
            <Button
              type="link"
              size="small"
              style={{ padding: 0, fontVariantNumeric: 'tabular-nums' }}
              aria-label={t('plans.grid.open', { rep: row.name, metric: metric.name })}
              onClick={() => onOpen({ unit: row.id, metric: metric.key })}
            >
              {format(metric.key)(target.value)}
            </Button>
          </Flex>
        );
      },
    })),
  ];

  const periods = (row: Row) => {
    const labels = result.targets.find((target) => target.unit === row.id)?.periods ?? [];
    return labels.map((period, index) => ({
      label: period.label,
      values: metrics.map((metric) => {
        const value = targetOf(result, row.id, metric.key)?.periods[index]?.value;
        return value === undefined ? '—' : format(metric.key)(value);
      }),
    }));
  };

  return (
    <Table<Row>
      size="small"
      rowKey="id"
      aria-label={t('plans.grid.label')}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (row) => (
          <Table
            size="small"
            rowKey="label"
            aria-label={t('plans.grid.periodsOf', { rep: row.name })}
            pagination={false}
            dataSource={periods(row)}
            columns={[
              { title: t('plans.grid.subPeriod'), dataIndex: 'label' },
              ...metrics.map((metric, i) => ({
                title: metric.name,
                key: metric.key,
                align: 'right' as const,
                render: (_: unknown, p: { values: string[] }) => p.values[i],
              })),
            ]}
          />
        ),
      }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} />
          <Table.Summary.Cell index={1}>
            <Typography.Text strong>{t('plans.grid.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} />
          {metrics.map((metric, i) => {
            const sum = result.targets
              .filter((target) => target.metric === metric.key)
              .reduce((a, target) => a + target.value, 0);
            return (
              <Table.Summary.Cell key={metric.key} index={3 + i} align="right">
                <Typography.Text strong>{format(metric.key)(sum)}</Typography.Text>
              </Table.Summary.Cell>
            );
          })}
        </Table.Summary.Row>
      )}
      locale={{ emptyText: t('plans.grid.empty') }}
    />
  );
};
