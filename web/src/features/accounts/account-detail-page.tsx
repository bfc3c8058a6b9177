/** 客户详情: fields, opportunities, follow-ups and the owner history timeline. */
import { LockOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { Account } from '../../../../src/contracts/records.ts';
import { DetailFrame } from '../../ui/detail-frame.tsx';
import { Page, Section } from '../../ui/page.tsx';
import { NONE, RepName } from '../../ui/record-links.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';
import { useResource } from '../../ui/use-resource.ts';
import { VocabTag } from '../../ui/vocab.tsx';
import { ActivityTable } from '../activities/activity-table.tsx';
import { OpportunityTable } from '../opportunities/opportunity-table.tsx';
import { OwnerHistory } from '../records/owner-history.tsx';
import { WonTag } from './won-tag.tsx';

export const AccountDetailPage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const account = useResource<Account>(`/accounts/${id}`);
  return (
    <Page title={account.data?.name ?? t('nav.accounts')} backTo="/accounts" plain>
      <DetailFrame resource={account}>{(data) => <AccountDetail account={data} />}</DetailFrame>
    </Page>
  );
};

const AccountDetail = ({ account }: { account: Account }) => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const text = (value: string | null) => (value === null || value === '' ? NONE : value);
  return (
    <Flex vertical gap={16}>
      <Section title={t('common.details')}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'name', label: t('account.name'), children: account.name },
            {
              key: 'level',
              label: t('account.level'),
              children: account.level ? (
                <VocabTag vocab="accountLevel" value={account.level} />
              ) : (
                NONE
              ),
            },
            {
              key: 'won',
              label: t('account.dealStatus'),
              children: (
                <Flex gap={4}>
                  <WonTag won={account.won} />
                  {account.locked ? (
                    <Tag icon={<LockOutlined />} color="gold">
                      {t('account.locked')}
                    </Tag>
                  ) : null}
                </Flex>
              ),
            },
            {
              key: 'owner',
              label: t('common.owner'),
              children: <RepName id={account.ownerRepId} />,
            },
            {
              key: 'ownedSince',
              label: t('common.ownedSince'),
              children: text(fmt.dateTime(account.ownedSince)),
            },
            {
              key: 'lastFollowUpAt',
              label: t('account.lastFollowUpAt'),
              children: text(fmt.dateTime(account.lastFollowUpAt)),
            },
            { key: 'industry', label: t('common.industry'), children: text(account.industry) },
            { key: 'region', label: t('common.region'), children: text(account.region) },
            {
              key: 'size',
              label: t('account.size'),
              children: account.size ? t(`vocab.accountSize.${account.size}`) : NONE,
            },
            { key: 'domain', label: t('account.domain'), children: text(account.domain) },
            {
              key: 'phones',
              label: t('common.phone'),
              children: account.phones.join(', ') || NONE,
            },
            {
              key: 'createdAt',
              label: t('common.createdAt'),
              children: fmt.dateTime(account.createdAt),
            },
          ]}
        />
      </Section>
      <Section title={t('nav.opportunities')}>
        <OpportunityTable filters={{ accountId: account.id }} embedded />
      </Section>
      <Section title={t('nav.activities')}>
        <ActivityTable filters={{ accountId: account.id }} embedded="account" />
      </Section>
      <Section title={t('ownerHistory.title')}>
        <OwnerHistory path={`/accounts/${account.id}/owner-history`} />
      </Section>
    </Flex>
  );
};
