/** 线索详情: fields, custom fields, owner, linked account, follow-ups and owner history. */
import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { Lead } from '../../../../src/contracts/records.ts';
import { useRecordNames } from '../../api/use-record-names.ts';
import { DetailFrame } from '../../ui/detail-frame.tsx';
import { Page, Section } from '../../ui/page.tsx';
import { NONE, RecordLink, RepName } from '../../ui/record-links.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';
import { useResource } from '../../ui/use-resource.ts';
import { VocabTag } from '../../ui/vocab.tsx';
import { ActivityTable } from '../activities/activity-table.tsx';
import { customFieldItems } from '../records/custom-fields.tsx';
import { OwnerHistory } from '../records/owner-history.tsx';
import { LeadRouting } from './lead-routing.tsx';

export const LeadDetailPage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lead = useResource<Lead>(`/leads/${id}`);
  return (
    <Page title={lead.data?.name ?? t('nav.leads')} backTo="/leads" plain>
      <DetailFrame resource={lead}>{(data) => <LeadDetail lead={data} />}</DetailFrame>
    </Page>
  );
};

const LeadDetail = ({ lead }: { lead: Lead }) => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const accountName = useRecordNames('accounts', [lead.accountId]);
  const text = (value: string | number | null) => (value === null || value === '' ? NONE : value);
  const custom = customFieldItems(lead.custom);

  return (
    <Flex vertical gap={16}>
      <Section title={t('common.details')}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'name', label: t('lead.name'), children: lead.name },
            { key: 'company', label: t('lead.company'), children: text(lead.company) },
            {
              key: 'status',
              label: t('lead.status'),
              children: (
                <Flex gap={4}>
                  <VocabTag vocab="leadStatus" value={lead.status} />
                  {lead.closeResult ? t(`vocab.closeResult.${lead.closeResult}`) : null}
                </Flex>
              ),
            },
            {
              key: 'source',
              label: t('lead.source'),
              children: t(`vocab.leadSource.${lead.source}`),
            },
            { key: 'owner', label: t('common.owner'), children: <RepName id={lead.ownerRepId} /> },
            {
              key: 'ownedSince',
              label: t('common.ownedSince'),
              children: text(fmt.dateTime(lead.ownedSince)),
            },
            {
              key: 'account',
              label: t('lead.account'),
              children: (
                <RecordLink
                  to="accounts"
                  id={lead.accountId}
                  name={lead.accountId ? accountName(lead.accountId) : null}
                />
              ),
            },
            { key: 'email', label: t('common.email'), children: text(lead.email) },
            { key: 'phone', label: t('common.phone'), children: text(lead.phone) },
            { key: 'region', label: t('common.region'), children: text(lead.region) },
            { key: 'industry', label: t('common.industry'), children: text(lead.industry) },
            { key: 'score', label: t('lead.score'), children: text(lead.score) },
            {
              key: 'createdAt',
              label: t('common.createdAt'),
              children: fmt.dateTime(lead.createdAt),
            },
            {
              key: 'updatedAt',
              label: t('common.updatedAt'),
              children: fmt.dateTime(lead.updatedAt),
            },
          ]}
        />
      </Section>
      <Section title={t('lead.customFields')}>
        {custom.length > 0 ? (
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={custom} />
        ) : (
          <Typography.Text type="secondary">{t('lead.noCustomFields')}</Typography.Text>
        )}
      </Section>
      <Section title={t('nav.activities')}>
        <ActivityTable filters={{ leadId: lead.id }} embedded="lead" />
      </Section>
      <Section title={t('routing.whyMe')}>
        <LeadRouting leadId={lead.id} />
      </Section>
      <Section title={t('ownerHistory.title')}>
        <OwnerHistory path={`/leads/${lead.id}/owner-history`} />
      </Section>
    </Flex>
  );
};
