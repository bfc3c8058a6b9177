/**
 * 按区域: the plan's targets attributed to the territories the reps cover (by the potential each
 * territory gives them), one row per territory and a column per metric; what reps covering no
 * territory hold is totalled as 未归属区域.
 */
import { Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { PlanTerritoriesSchema } from '../../../../src/contracts/plans.ts';
import { EmptyState, ErrorState } from '../../ui/list-states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { usePlanFormatters } from './plan-grid.tsx';
import type { PlanDetail } from './plan-model.ts';

export type PlanTerritories = z.infer<typeof PlanTerritoriesSchema>;
type Row = PlanTerritories['items'][number];

type Props = { plan: PlanDetail; version: number };

export const PlanTerritoriesView = ({ plan, version }: Props) => {
  const { t } = useTranslation();
  const territories = useResource<PlanTerritories>(
    `/plans/${plan.id}/territories?version=${version}`,
  );
  const metrics = plan.metrics.map((m) => m.metric);
  const formatters = usePlanFormatters(metrics);
  const format = (key: string) => formatters.get(key) ?? String;

  if (territories.error) {
    return <ErrorState error={territories.error} onRetry={territories.reload} />;
  }
  const data = territories.data;
  const rows = data?.items ?? [];
  if (data && rows.length === 0) {
    return <EmptyState description={t('plans.territories.empty')} />;
  }
  const unattributed = data?.unattributed ?? {};
  const hasUnattributed = Object.values(unattributed).some((value) => value !== 0);

  const columns: TableProps<Row>['columns'] = [
    {
      title: t('plans.territories.territory'),
      key: 'territory',
      fixed: 'left',
      render: (_, row) => row.territory.name,
    },
    {
      title: t('plans.territories.index'),
      dataIndex: 'index',
      align: 'right',
      render: (index: number) => index.toFixed(2),
    },
    {
      title: t('plans.territories.reps'),
      key: 'reps',
      align: 'right',
      render: (_, row) => row.repIds.length,
    },
    ...metrics.map((metric): NonNullable<TableProps<Row>['columns']>[number] => ({
      title: metric.name,
      key: metric.key,
      align: 'right',
      render: (_, row) => {
        const value = row.targets[metric.key];
        return value === undefined ? '—' : format(metric.key)(value);
      },
    })),
  ];

  return (
    <Table<Row>
      size="small"
      rowKey={(row) => row.territory.id}
      aria-label={t('plans.territories.label')}
      loading={territories.loading}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      summary={() =>
        hasUnattributed ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              <Typography.Text type="secondary">
                {t('plans.territories.unattributed')}
              </Typography.Text>
            </Table.Summary.Cell>
            {metrics.map((metric, i) => {
              const value = unattributed[metric.key];
              return (
                <Table.Summary.Cell key={metric.key} index={3 + i} align="right">
                  <Typography.Text type="secondary">
                    {value === undefined ? '—' : format(metric.key)(value)}
                  </Typography.Text>
                </Table.Summary.Cell>
              );
            })}
          </Table.Summary.Row>
        ) : null
      }
      locale={{ emptyText: t('plans.territories.empty') }}
    />
  );
};
