/** 线索: leads with filters and cursor pagination. */
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Lead } from '../../../../src/contracts/records.ts';
import type { Query } from '../../api/client.ts';
import { CursorTable } from '../../ui/cursor-table.tsx';
import { FilterBar, type FilterField } from '../../ui/filter-bar.tsx';
import { Page } from '../../ui/page.tsx';
import { NONE, RepName } from '../../ui/record-links.tsx';
import { useCursorList } from '../../ui/use-cursor-list.ts';
import { useFormatters } from '../../ui/use-formatters.ts';
import { VocabTag, vocabOptions } from '../../ui/vocab.tsx';

export const LeadsPage = () => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Query>({});
  const list = useCursorList<Lead>('/leads', { ...filters, sort: '-createdAt' });

  const fields: FilterField[] = [
    { kind: 'search', name: 'q', label: t('lead.search') },
    {
      kind: 'select',
      name: 'status',
      label: t('lead.status'),
      options: vocabOptions(t, 'leadStatus'),
    },
    {
      kind: 'select',
      name: 'source',
      label: t('lead.source'),
      options: vocabOptions(t, 'leadSource'),
    },
    { kind: 'rep', name: 'ownerRepId', label: t('common.owner') },
    { kind: 'text', name: 'region', label: t('common.region') },
  ];

  const columns: TableProps<Lead>['columns'] = [
    { title: t('lead.name'), dataIndex: 'name', fixed: 'left' },
    { title: t('lead.company'), dataIndex: 'company', render: (v: string | null) => v ?? NONE },
    {
      title: t('lead.status'),
      dataIndex: 'status',
      render: (value: Lead['status']) => <VocabTag vocab="leadStatus" value={value} />,
    },
    {
      title: t('lead.source'),
      dataIndex: 'source',
      render: (value: Lead['source']) => t(`vocab.leadSource.${value}`),
    },
    {
      title: t('common.owner'),
      dataIndex: 'ownerRepId',
      render: (id: string | null) => <RepName id={id} />,
    },
    { title: t('common.region'), dataIndex: 'region', render: (v: string | null) => v ?? NONE },
    {
      title: t('lead.score'),
      dataIndex: 'score',
      align: 'right',
      render: (v: number | null) => v ?? NONE,
    },
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: fmt.dateTime },
  ];

  return (
    <Page
      title={t('nav.leads')}
      filters={<FilterBar fields={fields} onChange={setFilters} timeZone={fmt.timeZone} />}
    >
      <CursorTable<Lead>
        list={list}
        columns={columns}
        emptyText={t('lead.empty')}
        onRowClick={(lead) => navigate(`/leads/${lead.id}`)}
      />
    </Page>
  );
};
