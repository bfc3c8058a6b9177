/** 跟进记录 table, used by the activities page and inside lead and account details. */
import type { TableProps } from 'antd';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../src/contracts/records.ts';
import type { Query } from '../../api/client.ts';
import { useRecordNames } from '../../api/use-record-names.ts';
import { CursorTable } from '../../ui/cursor-table.tsx';
import { RecordLink, RepName } from '../../ui/record-links.tsx';
import { useCursorList } from '../../ui/use-cursor-list.ts';
import { useFormatters } from '../../ui/use-formatters.ts';
import { VocabTag } from '../../ui/vocab.tsx';

type Props = {
  filters: Query;
  /** Inside a detail page: fewer columns, no page-size selector. */
  embedded?: 'lead' | 'account';
};

export const ActivityTable = ({ filters, embedded }: Props) => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const list = useCursorList<Activity>('/activities', { ...filters, sort: '-at' });
  const leadName = useRecordNames(
    'leads',
    list.items.map((a) => a.leadId),
  );
  const accountName = useRecordNames(
    'accounts',
    list.items.map((a) => a.accountId),
  );

  const columns: TableProps<Activity>['columns'] = [
    {
      title: t('activity.kind'),
      dataIndex: 'kind',
      render: (kind: Activity['kind']) => <VocabTag vocab="activityKind" value={kind} />,
    },
    { title: t('activity.at'), dataIndex: 'at', render: fmt.dateTime },
    {
      title: t('activity.rep'),
      dataIndex: 'repId',
      render: (id: string | null) => <RepName id={id} />,
    },
    ...(embedded === 'lead'
      ? []
      : [
          {
            title: t('activity.lead'),
            dataIndex: 'leadId',
            render: (id: string | null) => (
              <RecordLink to="leads" id={id} name={id ? leadName(id) : null} />
            ),
          },
        ]),
    ...(embedded === 'account'
      ? []
      : [
          {
            title: t('activity.account'),
            dataIndex: 'accountId',
            render: (id: string | null) => (
              <RecordLink to="accounts" id={id} name={id ? accountName(id) : null} />
            ),
          },
        ]),
    {
      title: t('activity.summary'),
      dataIndex: 'summary',
      render: (summary: string) => (
        <Typography.Paragraph
          ellipsis={{ rows: 2, tooltip: summary }}
          style={{ margin: 0, maxWidth: 480 }}
        >
          {summary}
        </Typography.Paragraph>
      ),
    },
  ];

  return (
    <CursorTable<Activity>
      list={list}
      columns={columns}
      emptyText={t('activity.empty')}
      compact={!!embedded}
    />
  );
};
