/** 审计日志 (admin): newest first; expand a row for before → after. */
import type { TableProps } from 'antd';
import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../src/contracts/access.ts';
import type { Query } from '../../api/client.ts';
import { CursorTable } from '../../ui/cursor-table.tsx';
import { FilterBar, type FilterField } from '../../ui/filter-bar.tsx';
import { Page } from '../../ui/page.tsx';
import { NONE } from '../../ui/record-links.tsx';
import { useCursorList } from '../../ui/use-cursor-list.ts';
import { useFormatters } from '../../ui/use-formatters.ts';
import { VocabTag, vocabLabel, vocabOptions } from '../../ui/vocab.tsx';
import { AuditChanges } from './audit-changes.tsx';

export const AuditPage = () => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [filters, setFilters] = useState<Query>({});
  const list = useCursorList<AuditEntry>('/audit', filters);

  const fields: FilterField[] = [
    {
      kind: 'select',
      name: 'entity',
      label: t('audit.entity'),
      options: vocabOptions(t, 'auditEntity'),
    },
    {
      kind: 'select',
      name: 'action',
      label: t('audit.action'),
      options: vocabOptions(t, 'auditAction'),
    },
    {
      kind: 'dateRange',
      name: 'period',
      from: 'from',
      to: 'to',
      label: [t('common.from'), t('common.to')],
    },
  ];

  const columns: TableProps<AuditEntry>['columns'] = [
    { title: t('audit.at'), dataIndex: 'at', render: fmt.dateTime },
    { title: t('audit.actor'), dataIndex: 'actorLabel' },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (action: AuditEntry['action']) => <VocabTag vocab="auditAction" value={action} />,
    },
    {
      title: t('audit.entity'),
      dataIndex: 'entity',
      render: (entity: AuditEntry['entity']) => vocabLabel(t, 'auditEntity', entity),
    },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      render: (id: string | null) =>
        id ? (
          <Typography.Text code copyable={{ text: id }}>
            {id.slice(0, 8)}
          </Typography.Text>
        ) : (
          NONE
        ),
    },
  ];

  return (
    <Page
      title={t('nav.audit')}
      filters={<FilterBar fields={fields} onChange={setFilters} timeZone={fmt.timeZone} />}
    >
      <CursorTable<AuditEntry>
        list={list}
        columns={columns}
        emptyText={t('audit.empty')}
        expandable={{
          expandedRowRender: (entry) => <AuditChanges entry={entry} />,
          rowExpandable: (entry) => entry.before !== null || entry.after !== null,
        }}
      />
    </Page>
  );
};
