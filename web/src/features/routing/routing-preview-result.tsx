/** The answer of a preview (backtest): totals per outcome, per rep and per lead, draft against published. */
import {
  Alert,
  Flex,
  Space,
  Statistic,
  Switch,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingPreview } from '../../../../src/contracts/routing.ts';
import { useReps } from '../../api/reps-directory.tsx';
import { EmptyState } from '../../ui/list-states.tsx';
import { NONE, RecordLink } from '../../ui/record-links.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';
import { OUTCOME_COLOR } from '../leads/lead-routing.tsx';

type PreviewItem = RoutingPreview['items'][number] & { index: number };
type PreviewRep = RoutingPreview['reps'][number];
type Outcome = PreviewItem['draft'];

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const OutcomeCell = ({
  outcome,
  repName,
}: {
  outcome: Outcome | null;
  repName: (id: string | null) => string;
}) => {
  const { t } = useTranslation();
  if (!outcome) return <Typography.Text type="secondary">{NONE}</Typography.Text>;
  // 规则 华东 · 按权重; 归属人优先; 兜底 …
  const how = [
    outcome.ruleId ? t('policy.preview.byRule', { rule: outcome.ruleId }) : '',
    outcome.method ? t(`policy.method.${outcome.method}`, { defaultValue: outcome.method }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Flex vertical gap={2}>
      <Flex gap={4} align="center" wrap>
        <Tag color={OUTCOME_COLOR[outcome.outcome]} style={{ marginInlineEnd: 0 }}>
          {t(`routing.outcome.${outcome.outcome}`)}
        </Tag>
        {outcome.repId ? <span>{repName(outcome.repId)}</span> : null}
      </Flex>
      {how ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {how}
        </Typography.Text>
      ) : null}
    </Flex>
  );
};

const Figure = ({ count, share }: { count: number; share: number }) => (
  <span style={{ whiteSpace: 'nowrap' }}>
    {count}
    <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
      {percent(share)}
    </Typography.Text>
  </span>
);

const OutcomeTotals = ({ label, totals }: { label: string; totals: Record<string, number> }) => {
  const { t } = useTranslation();
  const entries = Object.entries(totals).filter(([, n]) => n > 0);
  return (
    <Flex gap={6} wrap align="center">
      <Typography.Text type="secondary">{label}</Typography.Text>
      {entries.length === 0 ? (
        <Typography.Text type="secondary">{NONE}</Typography.Text>
      ) : (
        entries.map(([outcome, n]) => (
          <Tag key={outcome} color={OUTCOME_COLOR[outcome as Outcome['outcome']]}>
            {t(`routing.outcome.${outcome}`, { defaultValue: outcome })} {n}
          </Tag>
        ))
      )}
    </Flex>
  );
};

export const PreviewResult = ({ preview }: { preview: RoutingPreview }) => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { nameOf } = useReps();
  const [changedOnly, setChangedOnly] = useState(false);
  const names = new Map(preview.reps.map((rep) => [rep.repId, rep.name]));
  const repName = (id: string | null) =>
    id ? (names.get(id) ?? (nameOf(id) || id.slice(0, 8))) : NONE;
  const noPublished = preview.totals.published === null;

  const repColumns: TableProps<PreviewRep>['columns'] = [
    { title: t('policy.preview.rep'), dataIndex: 'name', fixed: 'start' },
    {
      title: t('policy.preview.weightShare'),
      dataIndex: 'weightShare',
      align: 'right',
      render: (share: number, rep) => (
        <span title={t('policy.preview.weight', { weight: rep.weight })}>{percent(share)}</span>
      ),
    },
    {
      title: t('policy.preview.draft'),
      key: 'draft',
      align: 'right',
      render: (_, rep) => {
        const diff = rep.published ? rep.draft.count - rep.published.count : 0;
        return (
          <Flex gap={4} justify="flex-end" align="center">
            <Figure count={rep.draft.count} share={rep.draft.share} />
            {diff !== 0 ? (
              <Tag color={diff > 0 ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
                {diff > 0 ? `+${diff}` : diff}
              </Tag>
            ) : null}
          </Flex>
        );
      },
    },
    {
      title: t('policy.preview.published'),
      key: 'published',
      align: 'right',
      render: (_, rep) =>
        rep.published ? (
          <Figure count={rep.published.count} share={rep.published.share} />
        ) : (
          <Typography.Text type="secondary">{NONE}</Typography.Text>
        ),
    },
    {
      title: (
        <span title={t('policy.preview.draftVsPublished')}>{t('policy.preview.capHits')}</span>
      ),
      key: 'capHits',
      align: 'right',
      render: (_, rep) => `${rep.draft.capHits} / ${rep.published ? rep.published.capHits : NONE}`,
    },
    {
      title: (
        <span title={t('policy.preview.draftVsPublished')}>{t('policy.preview.slaExpiries')}</span>
      ),
      key: 'sla',
      align: 'right',
      render: (_, rep) =>
        `${rep.draft.slaExpiries} / ${rep.published ? rep.published.slaExpiries : NONE}`,
    },
  ];

  const leadColumns: TableProps<PreviewItem>['columns'] = [
    {
      title: t('policy.preview.lead'),
      key: 'lead',
      render: (_, item) => (
        <Flex vertical gap={2}>
          {item.leadId ? <RecordLink to="leads" id={item.leadId} name={item.name} /> : item.name}
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {fmt.dateTime(item.at)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('policy.preview.draft'),
      key: 'draft',
      render: (_, item) => <OutcomeCell outcome={item.draft} repName={repName} />,
    },
    {
      title: t('policy.preview.published'),
      key: 'published',
      render: (_, item) => <OutcomeCell outcome={item.published} repName={repName} />,
    },
    {
      title: t('policy.preview.changed'),
      dataIndex: 'changed',
      width: 80,
      render: (changed: boolean) =>
        changed ? <Tag color="orange">{t('policy.preview.changedTag')}</Tag> : null,
    },
  ];

  const all = preview.items.map((item, index) => ({ ...item, index }));
  const items = changedOnly ? all.filter((item) => item.changed) : all;
  const period =
    preview.from && preview.to
      ? t('policy.preview.period', {
          from: fmt.dateTime(preview.from),
          to: fmt.dateTime(preview.to),
        })
      : t('policy.preview.pastedLeads');

  if (preview.totals.leads === 0) {
    return (
      <EmptyState
        description={
          preview.from ? t('policy.preview.noLeadsInPeriod') : t('policy.preview.noLeads')
        }
      />
    );
  }

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {period}
      </Typography.Text>
      {preview.truncated ? (
        <Alert type="warning" showIcon title={t('policy.preview.truncated')} />
      ) : null}
      {noPublished ? <Alert type="info" showIcon title={t('policy.preview.noPublished')} /> : null}
      <Flex gap={32} wrap>
        <Statistic title={t('policy.preview.totalLeads')} value={preview.totals.leads} />
        <Statistic
          title={t('policy.preview.totalChanged')}
          value={noPublished ? NONE : preview.totals.changed}
          styles={{
            content: preview.totals.changed > 0 && !noPublished ? { color: '#d46b08' } : undefined,
          }}
        />
      </Flex>
      <Flex vertical gap={4}>
        <OutcomeTotals label={t('policy.preview.draftTotals')} totals={preview.totals.draft} />
        {preview.totals.published ? (
          <OutcomeTotals
            label={t('policy.preview.publishedTotals')}
            totals={preview.totals.published}
          />
        ) : null}
      </Flex>
      <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
        {t('policy.preview.perRep')}
      </Typography.Title>
      <Table<PreviewRep>
        size="small"
        rowKey="repId"
        columns={repColumns}
        dataSource={preview.reps}
        pagination={preview.reps.length > 15 ? { pageSize: 15, size: 'small' } : false}
        scroll={{ x: 'max-content' }}
        aria-label={t('policy.preview.perRep')}
        locale={{ emptyText: t('policy.preview.noReps') }}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }} wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('policy.preview.perLead')}
        </Typography.Title>
        <Space size={6}>
          <Switch
            size="small"
            checked={changedOnly}
            onChange={setChangedOnly}
            aria-label={t('policy.preview.changedOnly')}
          />
          <Typography.Text>{t('policy.preview.changedOnly')}</Typography.Text>
        </Space>
      </Flex>
      <Table<PreviewItem>
        size="small"
        rowKey="index"
        columns={leadColumns}
        dataSource={items}
        pagination={{ pageSize: 10, size: 'small', showSizeChanger: false }}
        rowClassName={(item) => (item.changed ? 'allot-preview-changed' : '')}
        aria-label={t('policy.preview.perLead')}
        locale={{ emptyText: t('policy.preview.noChanged') }}
        expandable={{
          expandedRowRender: (item) => (
            <Flex vertical gap={6}>
              <Typography.Text>
                <Typography.Text strong>{t('policy.preview.draftSays')}</Typography.Text>
                {item.draft.text}
              </Typography.Text>
              {item.published ? (
                <Typography.Text>
                  <Typography.Text strong>{t('policy.preview.publishedSays')}</Typography.Text>
                  {item.published.text}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        }}
      />
    </Flex>
  );
};
