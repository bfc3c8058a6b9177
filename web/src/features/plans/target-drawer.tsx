/**
 * One rep's target for one metric: the figure, how it was derived step by step, its months and
 * the sales work it implies. In a draft, managers fix it here (调整) with a required reason, or
 * take a fixed figure back (取消调整) — also with a reason.
 */
import {
  Alert,
  App,
  Button,
  Divider,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { applyFormErrors } from '../../api/form-errors.ts';
import { useSession } from '../../session/session-context.tsx';
import { Derivation, needsText } from './derivation.tsx';
import type { CellRef } from './plan-grid.tsx';
import { usePlanFormatters } from './plan-grid.tsx';
import { isAmount, type PlanDetail, targetOf } from './plan-model.ts';

type Props = {
  plan: PlanDetail;
  cell: CellRef | null;
  canAdjust: boolean;
  onClose: () => void;
  /** After an adjustment was saved or removed: the plan is read again. */
  onChanged: () => void;
};

type AdjustValues = { value: number | null; comment: string };

export const TargetDrawer = ({ plan, cell, canAdjust, onClose, onChanged }: Props) => {
  const { t } = useTranslation();
  const metrics = plan.metrics.map((m) => m.metric);
  const formatters = usePlanFormatters(metrics);
  const { input, result } = plan.current;
  const unit = cell ? input.units.find((u) => u.id === cell.unit) : undefined;
  const metric = cell ? metrics.find((m) => m.key === cell.metric) : undefined;
  const target = cell ? targetOf(result, cell.unit, cell.metric) : undefined;
  const format = (cell && formatters.get(cell.metric)) || String;
  const name = unit?.name ?? cell?.unit.slice(0, 8) ?? '';

  return (
    <Drawer
      open={cell !== null}
      onClose={onClose}
      size={560}
      title={metric ? t('plans.drawer.title', { rep: name, metric: metric.name }) : ''}
      destroyOnHidden
    >
      {target && metric && cell ? (
        <Flex vertical gap={16}>
          <Statistic title={t('plans.drawer.value')} value={format(target.value)} />
          <ServerSentence text={target.text} />
          <section aria-label={t('plans.drawer.derivation')}>
            <Typography.Title level={5}>{t('plans.drawer.derivation')}</Typography.Title>
            <Derivation terms={target.terms} format={format} />
          </section>
          {target.derived ? (
            <Alert type="info" showIcon title={needsText(t, target.derived)} />
          ) : null}
          <Table
            size="small"
            rowKey="label"
            aria-label={t('plans.drawer.periods')}
            pagination={false}
            dataSource={target.periods}
            columns={[
              { title: t('plans.grid.subPeriod'), dataIndex: 'label' },
              {
                title: t('plans.drawer.value'),
                dataIndex: 'value',
                align: 'right',
                render: (value: number) => format(value),
              },
              ...(target.periods.some((p) => p.derived)
                ? [
                    {
                      title: t('plans.drawer.needs'),
                      key: 'needs',
                      render: (_: unknown, p: (typeof target.periods)[number]) =>
                        p.derived ? needsText(t, p.derived) : '—',
                    },
                  ]
                : []),
            ]}
          />
          {canAdjust ? (
            <AdjustForm
              planId={plan.id}
              cell={cell}
              amount={isAmount(metric)}
              current={target.value}
              adjusted={(input.adjustments ?? []).some(
                (a) => a.unit === cell.unit && a.metric === cell.metric,
              )}
              onChanged={onChanged}
            />
          ) : null}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('plans.drawer.none')}</Typography.Text>
      )}
    </Drawer>
  );
};

/** The calculator's own sentence, worded in the workspace's language. */
const ServerSentence = ({ text }: { text: string }) => {
  const { i18n } = useTranslation();
  const { workspace } = useSession();
  if (!text || (i18n.resolvedLanguage ?? 'zh-CN') !== workspace.locale) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
      {text}
    </Typography.Paragraph>
  );
};

const AdjustForm = ({
  planId,
  cell,
  amount,
  current,
  adjusted,
  onChanged,
}: {
  planId: string;
  cell: CellRef;
  amount: boolean;
  current: number;
  adjusted: boolean;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AdjustValues>();
  const [busy, setBusy] = useState<'set' | 'remove' | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    form.setFieldsValue({ value: amount ? current / 100 : current, comment: '' });
  }, [form, amount, current]);

  const send = async (remove: boolean) => {
    try {
      await form.validateFields(remove ? ['comment'] : undefined);
    } catch {
      return;
    }
    const values = form.getFieldsValue();
    const typed = values.value ?? 0;
    setBusy(remove ? 'remove' : 'set');
    setError(null);
    try {
      await api.put(`/plans/${planId}/adjustments`, {
        repId: cell.unit,
        metric: cell.metric,
        value: remove ? null : Math.round(amount ? typed * 100 : typed),
        comment: values.comment.trim(),
      });
      message.success(t(remove ? 'plans.adjust.removed' : 'plans.adjust.saved'));
      form.setFieldValue('comment', '');
      onChanged();
    } catch (cause) {
      applyFormErrors(form, cause, (path) =>
        path[0] === 'value' || path[0] === 'comment' ? [path[0]] : null,
      );
      setError(errorMessage(t, cause));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Divider style={{ margin: 0 }} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('plans.adjust.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('plans.adjust.help')}</Typography.Text>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <Form<AdjustValues>
        form={form}
        layout="vertical"
        name="plan-adjust"
        onFinish={() => send(false)}
      >
        <Form.Item
          name="value"
          label={t('plans.adjust.value')}
          rules={[{ required: true, message: t('issues.required') }]}
        >
          <InputNumber
            min={0}
            precision={amount ? 2 : 0}
            style={{ width: 220 }}
            suffix={amount ? t('plans.form.yuan') : undefined}
          />
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('plans.adjust.comment')}
          rules={[{ required: true, whitespace: true, message: t('plans.adjust.commentRequired') }]}
        >
          <Input.TextArea
            rows={2}
            maxLength={500}
            showCount
            placeholder={t('plans.adjust.commentPlaceholder')}
          />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={busy === 'set'}>
            {t('plans.adjust.save')}
          </Button>
          {adjusted ? (
            <Button danger loading={busy === 'remove'} onClick={() => send(true)}>
              {t('plans.adjust.remove')}
            </Button>
          ) : null}
        </Flex>
      </Form>
    </>
  );
};
