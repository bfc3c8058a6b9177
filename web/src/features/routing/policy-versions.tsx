/** 版本记录: every version of the routing policy, newest first, with who saved and published it. */
import { Card, Table, type TableProps, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../src/contracts/access.ts';
import type { RoutingPolicyVersion } from '../../../../src/contracts/routing.ts';
import { fetchAll } from '../../api/client.ts';
import { useSession } from '../../session/session-context.tsx';
import { ErrorState } from '../../ui/list-states.tsx';
import { NONE } from '../../ui/record-links.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';

const STATUS_COLOR: Record<RoutingPolicyVersion['status'], string> = {
  draft: 'orange',
  published: 'green',
  archived: 'default',
};

/** Names of the workspace's users (admins may list them; others see their own name only). */
const useUserNames = (): ReadonlyMap<string, string> => {
  const { user } = useSession();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(
    () => new Map([[user.id, user.name]]),
  );
  useEffect(() => {
    if (user.role !== 'admin') return;
    let live = true;
    fetchAll<User>('/users')
      .then((users) => live && setNames(new Map(users.map((u) => [u.id, u.name]))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [user.role]);
  return names;
};

type Props = {
  items: RoutingPolicyVersion[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
};

export const PolicyVersions = ({ items, loading, error, onRetry }: Props) => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const names = useUserNames();
  const who = (id: string | null) =>
    id ? (names.get(id) ?? t('policy.versions.user', { id: id.slice(0, 8) })) : NONE;
  const columns: TableProps<RoutingPolicyVersion>['columns'] = [
    { title: t('policy.versions.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
    {
      title: t('policy.versions.status'),
      dataIndex: 'status',
      render: (status: RoutingPolicyVersion['status']) => (
        <Tag color={STATUS_COLOR[status]}>{t(`policy.status.${status}`)}</Tag>
      ),
    },
    {
      title: t('policy.versions.saved'),
      key: 'saved',
      render: (_, v) => (
        <Typography.Text style={{ whiteSpace: 'nowrap' }}>
          {who(v.createdBy)}{' '}
          <Typography.Text type="secondary">{fmt.dateTime(v.updatedAt)}</Typography.Text>
        </Typography.Text>
      ),
    },
    {
      title: t('policy.versions.published'),
      key: 'published',
      render: (_, v) =>
        v.publishedAt ? (
          <Typography.Text style={{ whiteSpace: 'nowrap' }}>
            {who(v.publishedBy)}{' '}
            <Typography.Text type="secondary">{fmt.dateTime(v.publishedAt)}</Typography.Text>
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{NONE}</Typography.Text>
        ),
    },
  ];
  return (
    <Card
      variant="borderless"
      title={t('policy.versions.title')}
      styles={{ body: { padding: 16 } }}
    >
      {error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : (
        <Table<RoutingPolicyVersion>
          size="small"
          rowKey="id"
          loading={loading}
          columns={columns}
          dataSource={items}
          pagination={items.length > 5 ? { pageSize: 5, size: 'small' } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('policy.versions.empty') }}
        />
      )}
    </Card>
  );
};
