/**
 * A row of list filters described as data. Selects apply at once; text waits until typing
 * pauses. The value is a flat query object ready for the list endpoint.
 */
import { DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import type { Query } from '../api/client.ts';
import { RepSelect } from './rep-select.tsx';
import { endOfDayIn, startOfDayIn } from './zoned-dates.ts';

export type FilterOption = { value: string; label: string };

export type FilterField =
  | { kind: 'search' | 'text'; name: string; label: string }
  | { kind: 'select'; name: string; label: string; options: FilterOption[] }
  | { kind: 'rep'; name: string; label: string }
  | { kind: 'dateRange'; name: string; from: string; to: string; label: [string, string] };

type Props = {
  fields: FilterField[];
  onChange: (query: Query) => void;
  /** Time zone in which picked days start and end. */
  timeZone: string;
};

const TEXT_DELAY_MS = 350;

const toQuery = (fields: FilterField[], values: Record<string, unknown>, timeZone: string) => {
  const query: Query = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === 'dateRange') {
      const range = value as [Dayjs | null, Dayjs | null] | null | undefined;
      query[field.from] = range?.[0] ? startOfDayIn(range[0], timeZone) : undefined;
      query[field.to] = range?.[1] ? endOfDayIn(range[1], timeZone) : undefined;
    } else if (typeof value === 'string') {
      query[field.name] = value.trim() || undefined;
    }
  }
  return query;
};

export const FilterBar = ({ fields, onChange, timeZone }: Props) => {
  const [form] = Form.useForm();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const emit = () => onChange(toQuery(fields, form.getFieldsValue(), timeZone));

  return (
    <Form
      form={form}
      layout="inline"
      onValuesChange={(changed: Record<string, unknown>) => {
        clearTimeout(timer.current);
        const typed = fields.some(
          (f) => (f.kind === 'search' || f.kind === 'text') && f.name in changed,
        );
        if (typed) timer.current = setTimeout(emit, TEXT_DELAY_MS);
        else emit();
      }}
      onFinish={emit}
    >
      <Flex wrap gap={8} style={{ width: '100%' }}>
        {fields.map((field) => (
          <Form.Item key={field.name} name={field.name} style={{ margin: 0 }}>
            {renderField(field)}
          </Form.Item>
        ))}
      </Flex>
    </Form>
  );
};

const renderField = (field: FilterField) => {
  switch (field.kind) {
    case 'search':
      return (
        <Input.Search
          allowClear
          placeholder={field.label}
          aria-label={field.label}
          style={{ width: 260 }}
        />
      );
    case 'text':
      return (
        <Input
          allowClear
          placeholder={field.label}
          aria-label={field.label}
          style={{ width: 140 }}
        />
      );
    case 'select':
      return (
        <Select
          allowClear
          placeholder={field.label}
          aria-label={field.label}
          options={field.options}
          style={{ minWidth: 130 }}
          popupMatchSelectWidth={false}
        />
      );
    case 'rep':
      return <RepSelect placeholder={field.label} style={{ minWidth: 150 }} />;
    case 'dateRange':
      return <DatePicker.RangePicker allowEmpty={[true, true]} placeholder={field.label} />;
    default: {
      const exhaustive: never = field;
      return exhaustive;
    }
  }
};
