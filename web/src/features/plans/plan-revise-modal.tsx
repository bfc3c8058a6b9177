/**
 * 调整已发布目标: on a published plan, a rep's remaining target moves from a date on — to other
 * reps (the company total kept) or off the company total (leave, no receivers). Amounts are typed
 * in yuan and sent in 分; the comment is required. Every revision is a new version.
 */
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { applyFormErrors, type IssuePath } from '../../api/form-errors.ts';
import { isAmount, type PlanDetail, type PlanMetricInfo } from './plan-model.ts';

export type ReviseValues = {
  effectiveFrom: Dayjs | null;
  metric?: string;
  fromRepId?: string;
  toRepIds: string[];
  amount?: number | null;
  keepTotal: boolean;
  comment: string;
};

/** The request body of `POST /plans/:id/revisions`. */
export const toRevisionBody = (
  values: ReviseValues,
  metrics: readonly Pick<PlanMetricInfo, 'key' | 'kind'>[],
) => {
  const metric = metrics.find((m) => m.key === values.metric);
  const amount = values.amount;
  const hasAmount = amount !== undefined && amount !== null;
  return {
    effectiveFrom: values.effectiveFrom ? values.effectiveFrom.format('YYYY-MM-DD') : '',
    metric: values.metric ?? '',
    fromRepId: values.fromRepId ?? '',
    toRepIds: values.keepTotal ? values.toRepIds : [],
    ...(hasAmount
      ? { amount: Math.round(metric && isAmount(metric) ? amount * 100 : amount) }
      : {}),
    keepTotal: values.keepTotal,
    comment: values.comment.trim(),
  };
};

const FIELDS = new Set([
  'effectiveFrom',
  'metric',
  'fromRepId',
  'toRepIds',
  'amount',
  'keepTotal',
  'comment',
]);

/** The form field an issue belongs to (`toRepIds.1` → the receivers), or null (the alert). */
export const revisionFieldOf = (path: IssuePath): IssuePath | null => {
  const head = path[0];
  return typeof head === 'string' && FIELDS.has(head) ? [head] : null;
};

/** Today if it falls within the plan period, else the nearest end of it. */
const defaultDate = (plan: PlanDetail): Dayjs => {
  const start = dayjs(plan.periodStart);
  const end = dayjs(plan.periodEnd);
  const today = dayjs().startOf('day');
  if (today.isBefore(start)) return start;
  if (today.isAfter(end)) return end;
  return today;
};

type Props = {
  plan: PlanDetail;
  open: boolean;
  onClose: () => void;
  /** After the revision was saved: the plan is read again. */
  onRevised: () => void;
};

export const PlanReviseModal = ({ plan, open, onClose, onRevised }: Props) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviseValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const metrics = plan.metrics.map((m) => m.metric);
  const metricKey = Form.useWatch('metric', form);
  const fromRepId = Form.useWatch('fromRepId', form);
  const keepTotal = Form.useWatch('keepTotal', form) ?? true;
  const chosenMetric = metrics.find((m) => m.key === metricKey);
  const amountMetric = chosenMetric ? isAmount(chosenMetric) : false;

  const initialValues = useMemo<ReviseValues>(
    () => ({
      effectiveFrom: defaultDate(plan),
      metric: plan.metrics[0]?.metric.key,
      fromRepId: undefined,
      toRepIds: [],
      amount: null,
      keepTotal: true,
      comment: '',
    }),
    [plan],
  );

  const reps = plan.current.input.units.map((unit) => ({
    value: unit.id,
    label: unit.name ?? unit.id.slice(0, 8),
  }));
  const start = dayjs(plan.periodStart);
  const end = dayjs(plan.periodEnd);

  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as ReviseValues;
    setSaving(true);
    setError(null);
    try {
      await api.post(`/plans/${plan.id}/revisions`, toRevisionBody(values, metrics));
      message.success(t('plans.revise.done'));
      form.resetFields();
      onRevised();
    } catch (cause) {
      const unmatched = applyFormErrors(form, cause, revisionFieldOf);
      const detail = unmatched.map((issue) => issue.message).join('; ');
      setError([errorMessage(t, cause), detail].filter(Boolean).join(' — '));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('plans.revise.title')}
      width={600}
      okText={t('plans.revise.save')}
      cancelText={t('form.cancel')}
      confirmLoading={saving}
      onOk={submit}
      onCancel={close}
      destroyOnHidden
    >
      <Form<ReviseValues>
        form={form}
        name="plan-revise"
        layout="vertical"
        initialValues={initialValues}
        requiredMark
        onFinish={submit}
      >
        <Alert type="info" showIcon title={t('plans.revise.help')} style={{ marginBottom: 16 }} />
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
          name="effectiveFrom"
          label={t('plans.revise.effectiveFrom')}
          extra={t('plans.revise.effectiveFromHelp', {
            start: plan.periodStart,
            end: plan.periodEnd,
          })}
          rules={[{ required: true, message: t('issues.required') }]}
        >
          <DatePicker
            allowClear={false}
            minDate={start}
            maxDate={end}
            disabledDate={(day) => day.isBefore(start, 'day') || day.isAfter(end, 'day')}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item
          name="metric"
          label={t('plans.revise.metric')}
          rules={[{ required: true, message: t('issues.required') }]}
        >
          <Select
            style={{ width: 240 }}
            options={metrics.map((m) => ({ value: m.key, label: m.name }))}
          />
        </Form.Item>
        <Form.Item
          name="fromRepId"
          label={t('plans.revise.fromRep')}
          extra={t('plans.revise.fromRepHelp')}
          rules={[{ required: true, message: t('issues.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('plans.revise.pickRep')}
            options={reps}
            onChange={(id: string) =>
              form.setFieldValue(
                'toRepIds',
                (form.getFieldValue('toRepIds') as string[]).filter((r) => r !== id),
              )
            }
          />
        </Form.Item>
        <Form.Item
          name="keepTotal"
          label={t('plans.revise.keepTotal')}
          extra={t(keepTotal ? 'plans.revise.keepTotalOn' : 'plans.revise.keepTotalOff')}
          valuePropName="checked"
        >
          <Switch
            onChange={(checked) => {
              if (!checked) form.setFieldValue('toRepIds', []);
            }}
          />
        </Form.Item>
        <Form.Item
          name="toRepIds"
          label={t('plans.revise.toReps')}
          extra={t(keepTotal ? 'plans.revise.toRepsHelp' : 'plans.revise.toRepsOff')}
        >
          <Select
            mode="multiple"
            allowClear
            disabled={!keepTotal}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('plans.revise.toRepsPlaceholder')}
            options={reps.filter((rep) => rep.value !== fromRepId)}
          />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('plans.revise.amount')}
          extra={t('plans.revise.amountHelp')}
        >
          <InputNumber
            min={0}
            precision={amountMetric ? 2 : 0}
            style={{ width: 240 }}
            suffix={amountMetric ? t('plans.form.yuan') : chosenMetric?.unit || undefined}
            placeholder={t('plans.revise.amountPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('plans.revise.comment')}
          rules={[{ required: true, whitespace: true, message: t('plans.revise.commentRequired') }]}
        >
          <Input.TextArea
            rows={2}
            maxLength={500}
            showCount
            placeholder={t('plans.revise.commentPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
