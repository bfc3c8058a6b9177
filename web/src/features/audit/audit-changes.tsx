/** Expanded audit row: each changed key, old value → new value. */
import { SwapRightOutlined } from '@ant-design/icons';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../src/contracts/access.ts';
import { useReps } from '../../api/reps-directory.tsx';
import { diffRecords, type FieldChange, showValue } from './audit-diff.ts';

export const AuditChanges = ({ entry }: { entry: AuditEntry }) => {
  const { t } = useTranslation();
  const { byId } = useReps();
  const changes = diffRecords(entry.before, entry.after);
  // Rep ids (owner, mentor…) read better as names.
  const show = (key: string, value: unknown) =>
    /RepId$|^mentorId$|^repId$/.test(key) && typeof value === 'string'
      ? (byId.get(value)?.name ?? value)
      : showValue(value);
  if (changes.length === 0) {
    return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  }
  return (
    <Table<FieldChange>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={changes}
      columns={[
        {
          title: t('audit.field'),
          dataIndex: 'key',
          width: 180,
          render: (k: string) => <code>{k}</code>,
        },
        {
          title: t('audit.before'),
          dataIndex: 'before',
          width: '40%',
          render: (v: unknown, row: FieldChange) => (
            <Typography.Text
              delete={v !== undefined}
              type="secondary"
              style={{ wordBreak: 'break-all' }}
            >
              {show(row.key, v)}
            </Typography.Text>
          ),
        },
        { key: 'arrow', width: 32, render: () => <SwapRightOutlined /> },
        {
          title: t('audit.after'),
          dataIndex: 'after',
          render: (v: unknown, row: FieldChange) => (
            <Typography.Text style={{ wordBreak: 'break-all' }}>{show(row.key, v)}</Typography.Text>
          ),
        },
      ]}
    />
  );
};
