/** 跟进记录: every follow-up in the user's data scope. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Query } from '../../api/client.ts';
import { FilterBar, type FilterField } from '../../ui/filter-bar.tsx';
import { Page } from '../../ui/page.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';
import { vocabOptions } from '../../ui/vocab.tsx';
import { ActivityTable } from './activity-table.tsx';

export const ActivitiesPage = () => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [filters, setFilters] = useState<Query>({});
  const fields: FilterField[] = [
    {
      kind: 'select',
      name: 'kind',
      label: t('activity.kind'),
      options: vocabOptions(t, 'activityKind'),
    },
    { kind: 'rep', name: 'repId', label: t('activity.rep') },
    {
      kind: 'dateRange',
      name: 'period',
      from: 'from',
      to: 'to',
      label: [t('common.from'), t('common.to')],
    },
  ];
  return (
    <Page
      title={t('nav.activities')}
      filters={<FilterBar fields={fields} onChange={setFilters} timeZone={fmt.timeZone} />}
    >
      <ActivityTable filters={filters} />
    </Page>
  );
};
