/** 商机 table, used by the opportunities page and inside the account detail. */
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../../src/contracts/records.ts';
import type { Query } from '../../api/client.ts';
import { useRecordNames } from '../../api/use-record-names.ts';
import { CursorTable } from '../../ui/cursor-table.tsx';
import { NONE, RecordLink, RepName } from '../../ui/record-links.tsx';
import { useCursorList } from '../../ui/use-cursor-list.ts';
import { useFormatters } from '../../ui/use-formatters.ts';
import { VocabTag } from '../../ui/vocab.tsx';

export const OpportunityTable = ({
  filters,
  embedded = false,
}: {
  filters: Query;
  embedded?: boolean;
}) => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const list = useCursorList<Opportunity>('/opportunities', { ...filters, sort: '-createdAt' });
  const accountName = useRecordNames(
    'accounts',
    embedded ? [] : list.items.map((o) => o.accountId),
  );

  const columns: TableProps<Opportunity>['columns'] = [
    { title: t('opportunity.name'), dataIndex: 'name', fixed: 'left' },
    ...(embedded
      ? []
      : [
          {
            title: t('opportunity.account'),
            dataIndex: 'accountId',
            render: (id: string) => <RecordLink to="accounts" id={id} name={accountName(id)} />,
          },
        ]),
    {
      title: t('opportunity.stage'),
      dataIndex: 'stage',
      render: (stage: Opportunity['stage']) => <VocabTag vocab="stage" value={stage} />,
    },
    {
      title: t('opportunity.amount'),
      dataIndex: 'amount',
      align: 'right',
      render: (amount: number) => fmt.money(amount),
    },
    {
      title: t('opportunity.probability'),
      dataIndex: 'probability',
      align: 'right',
      render: (p: number) => `${p}%`,
    },
    {
      title: t('opportunity.expectedClose'),
      dataIndex: 'expectedClose',
      render: (d: string | null) => d ?? NONE,
    },
    {
      title: t('common.owner'),
      dataIndex: 'ownerRepId',
      render: (id: string | null) => <RepName id={id} />,
    },
  ];

  return (
    <CursorTable<Opportunity>
      list={list}
      columns={columns}
      emptyText={t('opportunity.empty')}
      compact={embedded}
    />
  );
};
