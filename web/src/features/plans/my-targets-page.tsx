/**
 * 我的目标: a rep's own targets in the published plans — each metric's figure, its months, how
 * it was worked out in plain words, and the deals, opportunities, leads and visits it takes.
 */
import {
  Alert,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Select,
  Skeleton,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page as ListPage } from '../../../../src/contracts/common.ts';
import { useSession } from '../../session/session-context.tsx';
import { EmptyState, ErrorState } from '../../ui/list-states.tsx';
import { Page } from '../../ui/page.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';
import { useResource } from '../../ui/use-resource.ts';
import { Derivation, needsText } from './derivation.tsx';
import { usePlanFormatters } from './plan-grid.tsx';
import type { Plan, PlanDetail, PlanTarget, ValueFormatter } from './plan-model.ts';
import { PeriodText } from './plans-page.tsx';

export const MyTargetsPage = () => {
  const { t } = useTranslation();
  const { user } = useSession();
  const plans = useResource<ListPage<Plan>>('/plans?limit=50');
  const published = (plans.data?.items ?? []).filter((p) => p.status === 'published');
  const [chosen, setChosen] = useState<string | null>(null);
  const planId = chosen ?? published[0]?.id ?? null;
  useEffect(() => {
    if (chosen && !published.some((p) => p.id === chosen)) setChosen(null);
  }, [chosen, published]);

  const picker =
    published.length > 1 ? (
      <Select
        aria-label={t('plans.mine.pick')}
        value={planId}
        onChange={setChosen}
        style={{ minWidth: 220 }}
        options={published.map((p) => ({ value: p.id, label: p.name }))}
      />
    ) : null;

  let body: React.ReactNode;
  if (user.repId === null) body = <EmptyState description={t('plans.mine.noRep')} />;
  else if (plans.error) body = <ErrorState error={plans.error} onRetry={plans.reload} />;
  else if (!plans.data) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (!planId) body = <EmptyState description={t('plans.mine.empty')} />;
  else body = <MyPlan planId={planId} repId={user.repId} />;

  return (
    <Page title={t('nav.myTargets')} subtitle={t('plans.mine.subtitle')} actions={picker}>
      {body}
    </Page>
  );
};

const MyPlan = ({ planId, repId }: { planId: string; repId: string }) => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const detail = useResource<PlanDetail>(`/plans/${planId}`);
  const plan = detail.data;
  const formatters = usePlanFormatters(plan?.metrics.map((m) => m.metric) ?? []);
  if (detail.error) return <ErrorState error={detail.error} onRetry={detail.reload} />;
  if (!plan || detail.loading) return <Skeleton active paragraph={{ rows: 6 }} />;
  const mine = plan.current.result.targets.filter((target) => target.unit === repId);
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {plan.name}
        </Typography.Title>
        <PeriodText plan={plan} />
        {plan.publishedAt ? (
          <Typography.Text type="secondary">
            {t('plans.mine.publishedOn', { date: fmt.dateTime(plan.publishedAt).slice(0, 10) })}
          </Typography.Text>
        ) : null}
      </Flex>
      {mine.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.mine.notInPlan')} />
      ) : (
        plan.metrics.map(({ metric }) => {
          const target = mine.find((m) => m.metric === metric.key);
          if (!target) return null;
          return (
            <TargetCard
              key={metric.key}
              name={metric.name}
              target={target}
              format={formatters.get(metric.key) ?? String}
            />
          );
        })
      )}
    </Flex>
  );
};

const TargetCard = ({
  name,
  target,
  format,
}: {
  name: string;
  target: PlanTarget;
  format: ValueFormatter;
}) => {
  const { t } = useTranslation();
  const hasNeeds = target.periods.some((p) => p.derived);
  return (
    <section aria-label={name}>
      <Card size="small" title={name}>
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={9}>
            <Flex vertical gap={12}>
              <Statistic title={t('plans.mine.target')} value={format(target.value)} />
              {target.derived ? (
                <Alert type="info" showIcon title={needsText(t, target.derived)} />
              ) : null}
              <div>
                <Typography.Text strong>{t('plans.drawer.derivation')}</Typography.Text>
                <Derivation terms={target.terms} format={format} />
              </div>
            </Flex>
          </Col>
          <Col xs={24} lg={15}>
            <Table
              size="small"
              rowKey="label"
              aria-label={t('plans.mine.months', { metric: name })}
              pagination={false}
              dataSource={target.periods}
              columns={[
                { title: t('plans.grid.subPeriod'), dataIndex: 'label' },
                {
                  title: t('plans.mine.target'),
                  dataIndex: 'value',
                  align: 'right',
                  render: (value: number) => format(value),
                },
                ...(hasNeeds
                  ? [
                      {
                        title: t('plans.drawer.needs'),
                        key: 'needs',
                        render: (_: unknown, p: PlanTarget['periods'][number]) =>
                          p.derived ? needsText(t, p.derived) : '—',
                      },
                    ]
                  : []),
              ]}
            />
            {!hasNeeds ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('plans.mine.noFunnel')}
              </Typography.Text>
            ) : null}
          </Col>
        </Row>
      </Card>
    </section>
  );
};
