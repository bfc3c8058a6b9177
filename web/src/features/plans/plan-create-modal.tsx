/**
 * 新建计划: name, period (year, quarter or month and its start), how it is cut, and for each
 * metric the company target, the drivers that share it out with their weights, and the history
 * the history driver reads. The server computes the first draft.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric } from '../../../../src/contracts/metrics.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { applyFormErrors } from '../../api/form-errors.ts';
import { useResource } from '../../ui/use-resource.ts';
import {
  DRIVERS,
  HISTORY_BASE_CHOICES,
  newMetricRow,
  type PlanFormValues,
  planFieldOf,
  toCreateBody,
} from './plan-form-values.ts';
import type { Plan } from './plan-model.ts';

type Props = { open: boolean; onClose: () => void; onCreated: (plan: Plan) => void };

export const PlanCreateModal = ({ open, onClose, onCreated }: Props) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlanFormValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const catalogue = useResource<{ items: Metric[] }>(open ? '/metrics' : null);
  // Rates (conversion, satisfaction) cannot be shared out between reps.
  const plannable = useMemo(
    () => (catalogue.data?.items ?? []).filter((m) => m.active && m.kind !== 'rate'),
    [catalogue.data],
  );
  const kind = Form.useWatch('periodKind', form) ?? 'year';
  const chosen = Form.useWatch('metrics', form) ?? [];
  const allocation = Form.useWatch('allocation', form) ?? 'direct';

  const initialValues = useMemo<PlanFormValues>(
    () => ({
      name: '',
      periodKind: 'year',
      periodStart: dayjs().add(1, 'year').startOf('year'),
      split: 'month',
      allocation: 'direct',
      levels: [null, null, null],
      metrics: [newMetricRow('revenue')],
    }),
    [],
  );

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as PlanFormValues;
    setSaving(true);
    setError(null);
    try {
      const plan = await api.post<Plan>('/plans', toCreateBody(values, plannable));
      form.resetFields();
      onCreated(plan);
    } catch (cause) {
      const unmatched = applyFormErrors(form, cause, planFieldOf);
      const detail = unmatched.map((issue) => issue.message).join('; ');
      setError([errorMessage(t, cause), detail].filter(Boolean).join(' — '));
    } finally {
      setSaving(false);
    }
  };

  const metricOptions = plannable.map((m) => ({ value: m.key, label: m.name }));
  const unitOf = (key: string | undefined) => {
    const metric = plannable.find((m) => m.key === key);
    if (!metric) return undefined;
    return metric.kind === 'amount' ? t('plans.form.yuan') : metric.unit;
  };

  return (
    <Modal
      open={open}
      title={t('plans.new')}
      width={760}
      okText={t('plans.form.create')}
      cancelText={t('form.cancel')}
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PlanFormValues>
        form={form}
        name="plan-create"
        layout="vertical"
        initialValues={initialValues}
        requiredMark
        onFinish={submit}
      >
        {error ? (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 16 }}
            closable
            onClose={() => setError(null)}
          />
        ) : null}
        <Form.Item
          name="name"
          label={t('plans.form.name')}
          rules={[{ required: true, whitespace: true, message: t('issues.required') }]}
        >
          <Input maxLength={100} placeholder={t('plans.form.namePlaceholder')} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="periodKind" label={t('plans.form.periodKind')}>
            <Radio.Group
              optionType="button"
              options={(['year', 'quarter', 'month'] as const).map((k) => ({
                value: k,
                label: t(`plans.periodKind.${k}`),
              }))}
              onChange={(event) => {
                if (event.target.value === 'month') form.setFieldValue('split', 'month');
              }}
            />
          </Form.Item>
          <Form.Item
            name="periodStart"
            label={t('plans.form.periodStart')}
            rules={[{ required: true, message: t('issues.required') }]}
          >
            <DatePicker picker={kind} allowClear={false} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="split" label={t('plans.form.split')}>
            <Select
              style={{ width: 140 }}
              options={(['month', 'quarter'] as const).map((s) => ({
                value: s,
                label: t(`plans.split.${s}`),
                disabled: kind === 'month' && s === 'quarter',
              }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="allocation" label={t('plans.form.allocation')}>
          <Radio.Group
            options={(['direct', 'top_down'] as const).map((a) => ({
              value: a,
              label: t(`plans.allocation.${a}`),
            }))}
          />
        </Form.Item>
        {allocation === 'top_down' ? (
          <Flex gap={16} wrap>
            {[0, 1, 2].map((level) => (
              <Form.Item
                key={level}
                name={['levels', level]}
                label={t(`plans.form.level${level}`)}
                tooltip={t('plans.form.levelHelp')}
              >
                <Select
                  style={{ width: 180 }}
                  allowClear
                  placeholder={t('plans.form.levelAsMetric')}
                  options={DRIVERS.map((d) => ({ value: d, label: t(`plans.driver.${d}`) }))}
                />
              </Form.Item>
            ))}
          </Flex>
        ) : null}
        <Typography.Text strong>{t('plans.form.metrics')}</Typography.Text>
        <Form.List name="metrics">
          {(rows, { add, remove }) => (
            <Flex vertical gap={12} style={{ marginTop: 8 }}>
              {rows.map((row, index) => (
                <Card
                  key={row.key}
                  size="small"
                  title={t('plans.form.metricN', { n: index + 1 })}
                  extra={
                    rows.length > 1 ? (
                      <Button
                        type="text"
                        size="small"
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(row.name)}
                      >
                        {t('plans.form.removeMetric')}
                      </Button>
                    ) : null
                  }
                >
                  <Flex gap={12} wrap>
                    <Form.Item
                      name={[row.name, 'metric']}
                      label={t('plans.form.metric')}
                      rules={[{ required: true, message: t('issues.required') }]}
                      style={{ minWidth: 180 }}
                    >
                      <Select
                        options={metricOptions}
                        loading={catalogue.loading}
                        placeholder={t('plans.form.pickMetric')}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'target']}
                      label={t('plans.form.target')}
                      rules={[{ required: true, message: t('issues.required') }]}
                    >
                      <InputNumber
                        min={0}
                        precision={2}
                        style={{ width: 200 }}
                        suffix={unitOf(chosen[index]?.metric)}
                      />
                    </Form.Item>
                    <Form.Item name={[row.name, 'historyBase']} label={t('plans.form.historyBase')}>
                      <Select
                        style={{ width: 180 }}
                        options={HISTORY_BASE_CHOICES.map((b) => ({
                          value: b,
                          label: t(`plans.historyBase.${b}`),
                        }))}
                      />
                    </Form.Item>
                  </Flex>
                  <Typography.Text type="secondary">{t('plans.form.drivers')}</Typography.Text>
                  <Form.List name={[row.name, 'drivers']}>
                    {(drivers, driverOps) => (
                      <Flex vertical gap={4} style={{ marginTop: 4 }}>
                        {drivers.map((d) => (
                          <Flex key={d.key} gap={8} align="start">
                            <Form.Item
                              name={[d.name, 'driver']}
                              rules={[{ required: true, message: t('issues.required') }]}
                              style={{ marginBottom: 8 }}
                            >
                              <Select
                                aria-label={t('plans.form.driver')}
                                style={{ width: 160 }}
                                options={DRIVERS.map((k) => ({
                                  value: k,
                                  label: t(`plans.driver.${k}`),
                                }))}
                              />
                            </Form.Item>
                            <Form.Item
                              name={[d.name, 'weight']}
                              rules={[{ required: true, message: t('issues.required') }]}
                              style={{ marginBottom: 8 }}
                            >
                              <InputNumber
                                aria-label={t('plans.form.weight')}
                                min={0}
                                max={100}
                                suffix="%"
                                style={{ width: 110 }}
                              />
                            </Form.Item>
                            <Button
                              type="text"
                              icon={<MinusCircleOutlined />}
                              aria-label={t('plans.form.removeDriver')}
                              onClick={() => driverOps.remove(d.name)}
                            />
                          </Flex>
                        ))}
                        <Button
                          type="dashed"
                          size="small"
                          icon={<PlusOutlined />}
                          onClick={() => driverOps.add({ driver: undefined, weight: 0 })}
                          style={{ alignSelf: 'flex-start' }}
                        >
                          {t('plans.form.addDriver')}
                        </Button>
                        {drivers.length === 0 ? (
                          <Typography.Text type="secondary">
                            {t('plans.form.defaultDrivers')}
                          </Typography.Text>
                        ) : null}
                      </Flex>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add(newMetricRow())}
                disabled={rows.length >= 20}
              >
                {t('plans.form.addMetric')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
};
