/** 客户: accounts with owner, level, industry, region and deal status. */
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Account } from '../../../../src/contracts/records.ts';
import type { Query } from '../../api/client.ts';
import { CursorTable } from '../../ui/cursor-table.tsx';
import { FilterBar, type FilterField } from '../../ui/filter-bar.tsx';
import { Page } from '../../ui/page.tsx';
import { NONE, RepName } from '../../ui/record-links.tsx';
import { useCursorList } from '../../ui/use-cursor-list.ts';
import { useFormatters } from '../../ui/use-formatters.ts';
import { VocabTag, vocabOptions } from '../../ui/vocab.tsx';
import { WonTag } from './won-tag.tsx';

export const AccountsPage = () => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Query>({});
  const list = useCursorList<Account>('/accounts', { ...filters, sort: '-createdAt' });

  const fields: FilterField[] = [
    { kind: 'search', name: 'q', label: t('account.search') },
    { kind: 'rep', name: 'ownerRepId', label: t('common.owner') },
    {
      kind: 'select',
      name: 'level',
      label: t('account.level'),
      options: vocabOptions(t, 'accountLevel'),
    },
    { kind: 'text', name: 'industry', label: t('common.industry') },
    { kind: 'text', name: 'region', label: t('common.region') },
    {
      kind: 'select',
      name: 'won',
      label: t('account.dealStatus'),
      options: [
        { value: 'true', label: t('account.won') },
        { value: 'false', label: t('account.notWon') },
      ],
    },
  ];

  const columns: TableProps<Account>['columns'] = [
    { title: t('account.name'), dataIndex: 'name', fixed: 'left' },
    {
      title: t('account.level'),
      dataIndex: 'level',
      render: (level: Account['level']) =>
        level ? <VocabTag vocab="accountLevel" value={level} /> : NONE,
    },
    { title: t('common.industry'), dataIndex: 'industry', render: (v: string | null) => v ?? NONE },
    { title: t('common.region'), dataIndex: 'region', render: (v: string | null) => v ?? NONE },
    {
      title: t('common.owner'),
      dataIndex: 'ownerRepId',
      render: (id: string | null) => <RepName id={id} />,
    },
    {
      title: t('account.dealStatus'),
      dataIndex: 'won',
      render: (won: boolean) => <WonTag won={won} />,
    },
    {
      title: t('account.lastFollowUpAt'),
      dataIndex: 'lastFollowUpAt',
      render: (v: string | null) => (v ? fmt.dateTime(v) : NONE),
    },
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: fmt.dateTime },
  ];

  return (
    <Page
      title={t('nav.accounts')}
      filters={<FilterBar fields={fields} onChange={setFilters} timeZone={fmt.timeZone} />}
    >
      <CursorTable<Account>
        list={list}
        columns={columns}
        emptyText={t('account.empty')}
        onRowClick={(account) => navigate(`/accounts/${account.id}`)}
      />
    </Page>
  );
};
