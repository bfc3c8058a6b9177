/** 目标规划: the workspace's target plans, newest first, and 新建计划. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CursorTable } from '../../ui/cursor-table.tsx';
import { Page } from '../../ui/page.tsx';
import { useCursorList } from '../../ui/use-cursor-list.ts';
import { useFormatters } from '../../ui/use-formatters.ts';
import { PlanCreateModal } from './plan-create-modal.tsx';
import { type Plan, STATUS_COLOR } from './plan-model.ts';

export const PlanStatusTag = ({ status }: { status: Plan['status'] }) => {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`plans.status.${status}`)}</Tag>;
};

/** `2027 年 · 2027-01-01 ~ 2027-12-31`. */
export const PeriodText = ({
  plan,
}: {
  plan: Pick<Plan, 'periodKind' | 'periodStart' | 'periodEnd'>;
}) => {
  const { t } = useTranslation();
  return (
    <Typography.Text style={{ whiteSpace: 'nowrap' }}>
      {t(`plans.periodKind.${plan.periodKind}`)}{' '}
      <Typography.Text type="secondary">
        {plan.periodStart} ~ {plan.periodEnd}
      </Typography.Text>
    </Typography.Text>
  );
};

export const PlansPage = () => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useCursorList<Plan>('/plans');

  const columns: TableProps<Plan>['columns'] = [
    {
      title: t('plans.name'),
      dataIndex: 'name',
      render: (name: string, plan) => <Link to={`/plans/${plan.id}`}>{name}</Link>,
    },
    { title: t('plans.period'), key: 'period', render: (_, plan) => <PeriodText plan={plan} /> },
    {
      title: t('plans.statusLabel'),
      dataIndex: 'status',
      render: (status: Plan['status']) => <PlanStatusTag status={status} />,
    },
    {
      title: t('plans.version'),
      dataIndex: 'version',
      align: 'right',
      render: (version: number) => `v${version}`,
    },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      render: (at: string) => fmt.dateTime(at),
    },
  ];

  return (
    <Page
      title={t('nav.plans')}
      subtitle={t('plans.subtitle')}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('plans.new')}
        </Button>
      }
    >
      <CursorTable<Plan>
        list={list}
        columns={columns}
        emptyText={t('plans.empty')}
        onRowClick={(plan) => navigate(`/plans/${plan.id}`)}
      />
      <PlanCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(plan) => {
          setCreating(false);
          navigate(`/plans/${plan.id}`);
        }}
      />
    </Page>
  );
};
