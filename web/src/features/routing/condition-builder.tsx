/**
 * 条件: a rule's condition as rows of field / operator / value joined by all or any, or as JSON
 * text when it nests groups or uses `not`.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vocabOptions } from '../../ui/vocab.tsx';
import {
  CONDITION_OPS,
  type ConditionMode,
  type ConditionOp,
  coerceRowValue,
  emptyRow,
  isValidJson,
  LEAD_FIELDS,
  NUMBER_OPS,
  type RowValue,
  switchConditionMode,
  type WhenValues,
} from './policy-form-values.ts';

type Props = { rule: number; readOnly: boolean };

const FieldSelect = ({
  id,
  value,
  onChange,
  label,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  label: string;
}) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const known: readonly string[] = LEAD_FIELDS;
  const options: { value: string; label: string }[] = LEAD_FIELDS.map((f) => ({
    value: f,
    label: t(`policy.field.${f}`),
  }));
  // Any other lead field (`industry`, `custom.budget`) may be typed.
  for (const extra of [value, search.trim()]) {
    if (extra && !known.includes(extra) && !options.some((o) => o.value === extra))
      options.push({ value: extra, label: extra });
  }
  return (
    <Select<string>
      id={id}
      aria-label={label}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ onSearch: setSearch, optionFilterProp: 'label' }}
      onBlur={() => setSearch('')}
      style={{ width: 130 }}
      popupMatchSelectWidth={false}
    />
  );
};

const ValueInput = ({
  id,
  value,
  onChange,
  op,
  field,
  label,
}: {
  id?: string;
  value?: RowValue;
  onChange?: (value: RowValue) => void;
  op: ConditionOp;
  field: string;
  label: string;
}) => {
  const { t } = useTranslation();
  const common = { id, 'aria-label': label, style: { flex: 1, minWidth: 140 } };
  if (op === 'exists') {
    return (
      <Select<string>
        {...common}
        value={typeof value === 'string' ? value : 'true'}
        onChange={onChange}
        options={[
          { value: 'true', label: t('policy.condition.existsTrue') },
          { value: 'false', label: t('policy.condition.existsFalse') },
        ]}
      />
    );
  }
  const list = op === 'in' || op === 'nin';
  if (field === 'source') {
    return (
      <Select<RowValue>
        {...common}
        mode={list ? 'multiple' : undefined}
        value={value}
        onChange={onChange}
        options={vocabOptions(t, 'leadSource')}
      />
    );
  }
  if (list) {
    return (
      <Select<RowValue>
        {...common}
        mode="tags"
        value={Array.isArray(value) ? value : []}
        onChange={onChange}
        tokenSeparators={[',', '，', '、']}
        open={false}
        suffixIcon={null}
        placeholder={t('policy.condition.listPlaceholder')}
      />
    );
  }
  return (
    <Input
      {...common}
      value={typeof value === 'string' ? value : ''}
      inputMode={NUMBER_OPS.includes(op) ? 'decimal' : undefined}
      placeholder={NUMBER_OPS.includes(op) ? t('policy.condition.numberPlaceholder') : undefined}
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
};

const ConditionRowFields = ({
  rule,
  row,
  index,
  onRemove,
  readOnly,
}: {
  rule: number;
  row: number;
  index: number;
  onRemove: () => void;
  readOnly: boolean;
}) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const path = ['rules', rule, 'when', 'rows', row];
  const op = (Form.useWatch([...path, 'op'], form) ?? 'eq') as ConditionOp;
  const field = (Form.useWatch([...path, 'field'], form) ?? '') as string;
  const n = index + 1;
  return (
    <Flex gap={8} align="start" data-testid="condition-row">
      <Form.Item
        name={[row, 'field']}
        style={{ marginBottom: 8 }}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <FieldSelect label={t('policy.condition.fieldOf', { n })} />
      </Form.Item>
      <Form.Item name={[row, 'op']} style={{ marginBottom: 8 }}>
        <Select<ConditionOp>
          aria-label={t('policy.condition.opOf', { n })}
          style={{ width: 110 }}
          popupMatchSelectWidth={false}
          options={CONDITION_OPS.map((o) => ({ value: o, label: t(`policy.op.${o}`) }))}
          onChange={(next) =>
            form.setFieldValue(
              [...path, 'value'],
              coerceRowValue(next, form.getFieldValue([...path, 'value'])),
            )
          }
        />
      </Form.Item>
      <Form.Item
        name={[row, 'value']}
        style={{ marginBottom: 8, flex: 1, minWidth: 0 }}
        rules={[
          {
            validator: (_, value: RowValue | undefined) => {
              if (op === 'exists') return Promise.resolve();
              const empty = Array.isArray(value) ? value.length === 0 : !value?.trim();
              if (empty) return Promise.reject(new Error(t('form.required')));
              if (
                NUMBER_OPS.includes(op) &&
                typeof value === 'string' &&
                !Number.isFinite(Number(value.trim()))
              )
                return Promise.reject(new Error(t('policy.condition.numberRequired')));
              return Promise.resolve();
            },
          },
        ]}
      >
        <ValueInput op={op} field={field} label={t('policy.condition.valueOf', { n })} />
      </Form.Item>
      {readOnly ? null : (
        <Button
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('policy.condition.removeRow', { n })}
          title={t('policy.condition.removeRow', { n })}
          onClick={onRemove}
        />
      )}
    </Flex>
  );
};

/** all / any / JSON: switching keeps the condition (JSON that nests stays JSON). */
const ModeSwitch = ({
  rule,
  value,
  disabled,
}: {
  rule: number;
  value?: ConditionMode;
  disabled: boolean;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = Form.useFormInstance();
  return (
    <Segmented<ConditionMode>
      size="small"
      disabled={disabled}
      value={value ?? 'all'}
      aria-label={t('policy.condition.mode')}
      options={[
        { value: 'all', label: t('policy.condition.all') },
        { value: 'any', label: t('policy.condition.any') },
        { value: 'json', label: t('policy.condition.json') },
      ]}
      onChange={(mode) => {
        const when = form.getFieldValue(['rules', rule, 'when']) as WhenValues;
        const next = switchConditionMode(when, mode);
        if (next) form.setFieldValue(['rules', rule, 'when'], next);
        else message.warning(t('policy.condition.cannotUseRows'));
      }}
    />
  );
};

export const ConditionBuilder = ({ rule, readOnly }: Props) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const mode = (Form.useWatch(['rules', rule, 'when', 'mode'], form) ?? 'all') as ConditionMode;
  return (
    <Flex vertical>
      <Form.Item
        name={[rule, 'when', 'mode']}
        label={t('policy.condition.title')}
        style={{ marginBottom: 8 }}
      >
        <ModeSwitch rule={rule} disabled={readOnly} />
      </Form.Item>
      {mode === 'json' ? (
        <Form.Item
          name={[rule, 'when', 'json']}
          extra={t('policy.condition.jsonHelp')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                isValidJson(value ?? '')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('policy.condition.jsonInvalid'))),
            },
          ]}
        >
          <Input.TextArea
            aria-label={t('policy.condition.json')}
            autoSize={{ minRows: 3, maxRows: 14 }}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
      ) : (
        <Form.List name={[rule, 'when', 'rows']}>
          {(rows, { add, remove }) => (
            <Flex vertical>
              {rows.length === 0 ? (
                <Typography.Text type="secondary" style={{ marginBottom: 8 }}>
                  {t('policy.condition.none')}
                </Typography.Text>
              ) : null}
              {rows.map((row, index) => (
                <ConditionRowFields
                  key={row.key}
                  rule={rule}
                  row={row.name}
                  index={index}
                  readOnly={readOnly}
                  onRemove={() => remove(row.name)}
                />
              ))}
              {readOnly ? null : (
                <div>
                  <Button
                    size="small"
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add(emptyRow())}
                  >
                    {t('policy.condition.add')}
                  </Button>
                </div>
              )}
            </Flex>
          )}
        </Form.List>
      )}
    </Flex>
  );
};
