/** 负责人变更: who owned the record before, who owns it now, when, by whom and why. */
import { SwapRightOutlined } from '@ant-design/icons';
import { Flex, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OwnerHistoryEntry } from '../../../../src/contracts/records.ts';
import { EmptyState, ErrorState } from '../../ui/list-states.tsx';
import { NONE, RepName } from '../../ui/record-links.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';
import { useResource } from '../../ui/use-resource.ts';
import { ownerChangeReason } from './owner-change-reason.ts';

export const OwnerHistory = ({ path }: { path: string }) => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const history = useResource<{ items: OwnerHistoryEntry[] }>(path);
  if (history.loading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (history.error) return <ErrorState error={history.error} onRetry={history.reload} />;
  const items = [...(history.data?.items ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  if (items.length === 0) return <EmptyState description={t('ownerHistory.empty')} />;
  return (
    <Timeline
      items={items.map((entry) => ({
        key: entry.id,
        content: (
          <Flex vertical gap={2}>
            <Typography.Text type="secondary">{fmt.dateTime(entry.at)}</Typography.Text>
            <Flex align="center" gap={6} wrap>
              <RepName id={entry.fromRepId} />
              <SwapRightOutlined />
              <RepName id={entry.toRepId} />
            </Flex>
            <Typography.Text type="secondary">
              {t('ownerHistory.by', { user: entry.byName ?? t('ownerHistory.system') })}
              {' · '}
              {entry.reason ? ownerChangeReason(t, entry.reason) : NONE}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
};
