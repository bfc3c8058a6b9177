/** 分配记录: every routing decision, newest first, with why; filters by rep, rule, outcome and time. */
import { type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingLogEntry } from '../../../../src/contracts/routing.ts';
import { ROUTING_OUTCOMES } from '../../../../src/domain/shared/vocabulary.ts';
import type { Query } from '../../api/client.ts';
import { CursorTable } from '../../ui/cursor-table.tsx';
import { FilterBar, type FilterField } from '../../ui/filter-bar.tsx';
import { Page } from '../../ui/page.tsx';
import { RecordLink, RepName } from '../../ui/record-links.tsx';
import { useCursorList } from '../../ui/use-cursor-list.ts';
import { useFormatters } from '../../ui/use-formatters.ts';
import { OUTCOME_COLOR } from '../leads/lead-routing.tsx';

export const RoutingLogPage = () => {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [filters, setFilters] = useState<Query>({});
  const list = useCursorList<RoutingLogEntry>('/routing/log', {
    ...filters,
    sort: '-at',
    locale: i18n.language,
  });
  const fields: FilterField[] = [
    { kind: 'rep', name: 'repId', label: t('routing.rep') },
    {
      kind: 'select',
      name: 'outcome',
      label: t('routing.outcomeLabel'),
      options: ROUTING_OUTCOMES.map((o) => ({ value: o, label: t(`routing.outcome.${o}`) })),
    },
    { kind: 'text', name: 'ruleId', label: t('routing.rule') },
    {
      kind: 'dateRange',
      name: 'period',
      from: 'from',
      to: 'to',
      label: [t('common.from'), t('common.to')],
    },
  ];
  const columns: TableProps<RoutingLogEntry>['columns'] = [
    { title: t('routing.at'), dataIndex: 'at', render: fmt.dateTime, width: 150 },
    {
      title: t('routing.lead'),
      dataIndex: 'leadId',
      render: (id: string, entry) => <RecordLink to="leads" id={id} name={entry.leadName} />,
    },
    {
      title: t('routing.outcomeLabel'),
      dataIndex: 'outcome',
      render: (o: RoutingLogEntry['outcome'], entry) => (
        <>
          <Tag color={OUTCOME_COLOR[o]}>{t(`routing.outcome.${o}`)}</Tag>
          {entry.retry ? <Tag>{t('routing.retry')}</Tag> : null}
        </>
      ),
    },
    {
      title: t('routing.rep'),
      dataIndex: 'repId',
      render: (id: string | null) => <RepName id={id} />,
    },
    { title: t('routing.rule'), dataIndex: 'ruleId', render: (r: string | null) => r ?? '—' },
    {
      title: t('routing.why'),
      dataIndex: 'text',
      render: (text: string) => (
        <Typography.Paragraph
          style={{ margin: 0, maxWidth: 560 }}
          ellipsis={{ rows: 2, expandable: true }}
        >
          {text}
        </Typography.Paragraph>
      ),
    },
  ];
  return (
    <Page
      title={t('nav.routingLog')}
      filters={<FilterBar fields={fields} onChange={setFilters} timeZone={fmt.timeZone} />}
    >
      <CursorTable list={list} columns={columns} rowKey="id" emptyText={t('routing.emptyLog')} />
    </Page>
  );
};
