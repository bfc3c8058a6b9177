/** 版本记录: every version of a plan, newest first; an older one opens read-only. */
import { Button, Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context.tsx';
import { ErrorState } from '../../ui/list-states.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';
import type { PlanVersion } from './plan-model.ts';
import { PlanStatusTag } from './plans-page.tsx';

const CHANGES = [
  'created',
  'recalculated',
  'adjusted',
  'adjustment_removed',
  'imported',
  'submitted',
  'reopened',
  'approved',
  'published',
  'revised',
];

type Props = {
  items: PlanVersion[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** The version shown; the current one when null. */
  viewing: number | null;
  current: number;
  onView: (version: number | null) => void;
};

/** What the version's change was about: the adjustment's rep and reason, when there is one. */
const detailText = (detail: unknown): string | null => {
  if (typeof detail !== 'object' || detail === null) return null;
  const comment = (detail as { comment?: unknown }).comment;
  return typeof comment === 'string' ? comment : null;
};

export const PlanVersions = ({
  items,
  loading,
  error,
  onRetry,
  viewing,
  current,
  onView,
}: Props) => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { user } = useSession();
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  const columns: TableProps<PlanVersion>['columns'] = [
    { title: t('plans.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
    {
      title: t('plans.statusLabel'),
      dataIndex: 'status',
      render: (status: PlanVersion['status']) => <PlanStatusTag status={status} />,
    },
    {
      title: t('plans.versions.change'),
      key: 'change',
      render: (_, v) => {
        const label = CHANGES.includes(v.change) ? t(`plans.change.${v.change}`) : v.change;
        const why = detailText(v.detail);
        return (
          <Typography.Text>
            {label}
            {why ? (
              <Typography.Text type="secondary">{t('plans.versions.why', { why })}</Typography.Text>
            ) : null}
          </Typography.Text>
        );
      },
    },
    {
      title: t('plans.versions.by'),
      key: 'by',
      render: (_, v) =>
        v.createdBy === user.id ? t('plans.versions.me') : (v.createdBy?.slice(0, 8) ?? '—'),
    },
    {
      title: t('plans.versions.at'),
      dataIndex: 'createdAt',
      render: (at: string) => fmt.dateTime(at),
    },
    {
      title: '',
      key: 'view',
      render: (_, v) => {
        const shown = (viewing ?? current) === v.version;
        return shown ? (
          <Typography.Text type="secondary">{t('plans.versions.shown')}</Typography.Text>
        ) : (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => onView(v.version === current ? null : v.version)}
          >
            {t('plans.versions.view')}
          </Button>
        );
      },
    },
  ];
  return (
    <Table<PlanVersion>
      size="small"
      rowKey="version"
      aria-label={t('plans.versions.title')}
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={items.length > 8 ? { pageSize: 8, size: 'small' } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('common.empty') }}
    />
  );
};
