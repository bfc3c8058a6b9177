/** Custom fields (自定义字段) as Descriptions items: scalars as text, the rest as JSON. */
import type { DescriptionsProps } from 'antd';
import { Typography } from 'antd';
import { NONE } from '../../ui/record-links.tsx';

const show = (value: unknown) => {
  if (value === null || value === undefined || value === '') return NONE;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return <Typography.Text code>{JSON.stringify(value)}</Typography.Text>;
};

export const customFieldItems = (
  custom: Record<string, unknown>,
): NonNullable<DescriptionsProps['items']> =>
  Object.keys(custom)
    .sort()
    .map((key) => ({ key, label: key, children: show(custom[key]) }));
