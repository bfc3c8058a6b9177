/** 商机: opportunities with stage, amount, probability and expected close. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Query } from '../../api/client.ts';
import { FilterBar, type FilterField } from '../../ui/filter-bar.tsx';
import { Page } from '../../ui/page.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';
import { vocabOptions } from '../../ui/vocab.tsx';
import { OpportunityTable } from './opportunity-table.tsx';

export const OpportunitiesPage = () => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [filters, setFilters] = useState<Query>({});
  const fields: FilterField[] = [
    { kind: 'search', name: 'q', label: t('opportunity.search') },
    {
      kind: 'select',
      name: 'stage',
      label: t('opportunity.stage'),
      options: vocabOptions(t, 'stage'),
    },
    { kind: 'rep', name: 'ownerRepId', label: t('common.owner') },
  ];
  return (
    <Page
      title={t('nav.opportunities')}
      filters={<FilterBar fields={fields} onChange={setFilters} timeZone={fmt.timeZone} />}
    >
      <OpportunityTable filters={filters} />
    </Page>
  );
};
