/**
 * 批量分配: the best assignment of every unassigned lead (new or held) under the published
 * rules' eligibility, every cap and an optional fairness floor, against the greedy one-by-one
 * plan. A plan is a dry run; applying it writes exactly the planned leads in one step.
 */
import { CheckOutlined, ThunderboltOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Flex,
  InputNumber,
  Popconfirm,
  Radio,
  Space,
  Statistic,
  Switch,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptimizeResult } from '../../../../src/contracts/assignments.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { EmptyState } from '../../ui/list-states.tsx';
import { Page } from '../../ui/page.tsx';
import { NONE, RecordLink } from '../../ui/record-links.tsx';

type ValueBy = 'score' | 'amount';
type Item = OptimizeResult['items'][number];
type RepRow = OptimizeResult['reps'][number];
type Settings = { valueBy: ValueBy; fair: boolean; slack: number };

const DEFAULT_SLACK = 1;

const figure = (value: number) => value.toFixed(2);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** How much better the plan is than greedy, as a share of greedy (null when greedy is 0). */
export const uplift = (total: number, greedyTotal: number): number | null =>
  greedyTotal > 0 ? (total - greedyTotal) / greedyTotal : null;

const bodyOf = (settings: Settings, leadIds?: string[]) => ({
  valueBy: settings.valueBy,
  ...(settings.fair ? { slack: settings.slack } : {}),
  ...(leadIds ? { leadIds, apply: true } : {}),
  locale: currentLocale(),
});

export const BatchAssignmentPage = () => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [settings, setSettings] = useState<Settings>({
    valueBy: 'score',
    fair: false,
    slack: DEFAULT_SLACK,
  });
  const [plan, setPlan] = useState<{ result: OptimizeResult; settings: Settings } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'plan' | 'apply' | null>(null);
  const seq = useRef(0);

  const send = async (body: Record<string, unknown>, kind: 'plan' | 'apply', used: Settings) => {
    const mine = ++seq.current;
    setBusy(kind);
    setError(null);
    try {
      const result = await api.post<OptimizeResult>('/assignments/optimize', body);
      if (mine !== seq.current) return;
      setPlan({ result, settings: used });
      if (result.applied) message.success(t('batch.appliedMessage', { n: result.assigned }));
    } catch (cause) {
      if (mine !== seq.current) return;
      setError(errorMessage(t, cause));
      if (kind === 'apply') setPlan(null);
    } finally {
      if (mine === seq.current) setBusy(null);
    }
  };

  const run = () => void send(bodyOf(settings), 'plan', settings);
  const apply = () => {
    if (!plan) return;
    // The same batch again, so that the same plan is written (or refused if a lead changed).
    const ids = plan.result.items.map((i) => i.leadId);
    void send(bodyOf(plan.settings, ids), 'apply', plan.settings);
  };

  // Explanations are worded by the server: a language switch plans again in the new language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the language triggers this
  useEffect(() => {
    if (plan && !plan.result.applied) void send(bodyOf(plan.settings), 'plan', plan.settings);
  }, [i18n.language]);

  const stale =
    plan !== null &&
    !plan.result.applied &&
    JSON.stringify(plan.settings) !== JSON.stringify(settings);
  const canApply = plan !== null && !plan.result.applied && !stale && plan.result.assigned > 0;

  return (
    <Page
      title={t('batch.title')}
      subtitle={t('batch.subtitle')}
      actions={
        <Popconfirm
          title={t('batch.applyConfirm', { n: plan?.result.assigned ?? 0 })}
          okText={t('batch.apply')}
          cancelText={t('form.cancel')}
          onConfirm={apply}
          disabled={!canApply}
        >
          <Button icon={<CheckOutlined />} disabled={!canApply} loading={busy === 'apply'}>
            {t('batch.apply')}
          </Button>
        </Popconfirm>
      }
    >
      <Flex gap={24} wrap align="center">
        <Space size={8}>
          <Typography.Text id="batch-value-by">{t('batch.valueBy')}</Typography.Text>
          <Radio.Group
            aria-labelledby="batch-value-by"
            value={settings.valueBy}
            onChange={(event) => setSettings({ ...settings, valueBy: event.target.value })}
            optionType="button"
            options={[
              { value: 'score', label: t('batch.valueByScore') },
              { value: 'amount', label: t('batch.valueByAmount') },
            ]}
          />
        </Space>
        <Space size={8}>
          <Switch
            checked={settings.fair}
            onChange={(fair) => setSettings({ ...settings, fair })}
            aria-label={t('batch.fairness')}
          />
          <Typography.Text>{t('batch.fairness')}</Typography.Text>
          <Typography.Text type={settings.fair ? undefined : 'secondary'}>
            {t('batch.slack')}
          </Typography.Text>
          <InputNumber
            min={0}
            max={1000}
            precision={0}
            disabled={!settings.fair}
            value={settings.slack}
            onChange={(slack) => setSettings({ ...settings, slack: slack ?? 0 })}
            aria-label={t('batch.slack')}
            style={{ width: 80 }}
          />
        </Space>
        <Button
          type="primary"
          icon={<ThunderboltOutlined />}
          loading={busy === 'plan'}
          onClick={run}
        >
          {t('batch.run')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('batch.help')}</Typography.Text>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {stale ? <Alert type="warning" showIcon title={t('batch.stale')} /> : null}
      {plan ? <PlanResult result={plan.result} /> : null}
      {!plan && !error && busy === null ? (
        <Typography.Text type="secondary">{t('batch.hint')}</Typography.Text>
      ) : null}
    </Page>
  );
};

const PlanResult = ({ result }: { result: OptimizeResult }) => {
  const { t } = useTranslation();
  if (result.leads === 0) return <EmptyState description={t('batch.noLeads')} />;
  const names = new Map(result.reps.map((rep) => [rep.repId, rep.name]));
  const gain = uplift(result.total, result.greedyTotal);

  const repColumns: TableProps<RepRow>['columns'] = [
    { title: t('batch.rep'), dataIndex: 'name' },
    { title: t('batch.capacity'), dataIndex: 'capacity', align: 'right' },
    { title: t('batch.floor'), dataIndex: 'floor', align: 'right' },
    { title: t('batch.assigned'), dataIndex: 'assigned', align: 'right' },
    {
      title: t('batch.shortfall'),
      dataIndex: 'shortfall',
      align: 'right',
      render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : NONE),
    },
  ];

  const leadColumns: TableProps<Item>['columns'] = [
    {
      title: t('batch.lead'),
      key: 'lead',
      width: 160,
      render: (_, item) => <RecordLink to="leads" id={item.leadId} name={item.leadName} />,
    },
    {
      title: t('batch.rep'),
      key: 'rep',
      width: 140,
      render: (_, item) =>
        item.repId ? (
          (names.get(item.repId) ?? item.repId.slice(0, 8))
        ) : (
          <Tag>{t(`batch.reason.${item.reason ?? 'no_capacity'}`)}</Tag>
        ),
    },
    { title: t('batch.leadValue'), dataIndex: 'leadValue', align: 'right', width: 100 },
    {
      title: t('batch.winRate'),
      dataIndex: 'winRate',
      align: 'right',
      width: 100,
      render: (rate: number | null) => (rate === null ? NONE : percent(rate)),
    },
    {
      title: t('batch.value'),
      dataIndex: 'value',
      align: 'right',
      width: 110,
      render: (value: number) => figure(value),
    },
    {
      title: t('batch.why'),
      dataIndex: 'text',
      ellipsis: true,
      render: (text: string | null) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} title={text ?? undefined}>
          {text ?? NONE}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      {result.applied ? (
        <Alert type="success" showIcon title={t('batch.applied', { n: result.assigned })} />
      ) : null}
      {!result.feasible ? <Alert type="warning" showIcon title={t('batch.floorsNotMet')} /> : null}
      <Flex gap={40} wrap>
        <Statistic title={t('batch.leads')} value={result.leads} />
        <Statistic title={t('batch.assigned')} value={result.assigned} />
        <Statistic title={t('batch.total')} value={figure(result.total)} />
        <Statistic title={t('batch.greedyTotal')} value={figure(result.greedyTotal)} />
        <Statistic title={t('batch.uplift')} value={gain === null ? NONE : percent(gain)} />
      </Flex>
      <Table<RepRow>
        size="small"
        rowKey="repId"
        columns={repColumns}
        dataSource={result.reps}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        aria-label={t('batch.repsTable')}
      />
      <Table<Item>
        size="small"
        rowKey="leadId"
        columns={leadColumns}
        dataSource={result.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        aria-label={t('batch.leadsTable')}
      />
    </Flex>
  );
};
