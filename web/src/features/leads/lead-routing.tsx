/** 为什么分配给我: every routing decision of the lead, explained by the server in the reader's language. */
import { Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoutingStep } from '../../../../src/contracts/routing.ts';
import { EmptyState, ErrorState } from '../../ui/list-states.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';
import { useResource } from '../../ui/use-resource.ts';

export const OUTCOME_COLOR: Record<RoutingStep['outcome'], string> = {
  assigned: 'green',
  duplicate: 'orange',
  held: 'gold',
  pooled: 'blue',
  sla_expired: 'red',
};

export const LeadRouting = ({ leadId }: { leadId: string }) => {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  // The server words the explanations; asking in the current language refetches on a switch.
  const steps = useResource<{ items: RoutingStep[] }>(
    `/leads/${leadId}/routing?locale=${encodeURIComponent(i18n.language)}`,
  );
  if (steps.loading) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (steps.error) return <ErrorState error={steps.error} onRetry={steps.reload} />;
  const items = steps.data?.items ?? [];
  if (items.length === 0) return <EmptyState description={t('routing.noDecisions')} />;
  return (
    <Timeline
      items={items.map((step) => ({
        key: `${step.at}-${step.outcome}`,
        content: (
          <Flex vertical gap={4}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary">{fmt.dateTime(step.at)}</Typography.Text>
              <Tag color={OUTCOME_COLOR[step.outcome]}>{t(`routing.outcome.${step.outcome}`)}</Tag>
              {step.retry ? <Tag>{t('routing.retry')}</Tag> : null}
            </Flex>
            <Typography.Text>{step.text}</Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
};
