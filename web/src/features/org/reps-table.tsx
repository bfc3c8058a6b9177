/** 销售代表 table: code, name, level, hire date (新人), active, caps, mentor, tags. */
import type { TableProps } from 'antd';
import { Badge, Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../src/contracts/org.ts';
import { CursorTable } from '../../ui/cursor-table.tsx';
import { isNewcomer } from '../../ui/format.ts';
import { NONE, RepName } from '../../ui/record-links.tsx';
import type { CursorList } from '../../ui/use-cursor-list.ts';
import { useFormatters } from '../../ui/use-formatters.ts';
import { VocabTag } from '../../ui/vocab.tsx';

const cap = (value: number | null) => (value === null ? '—' : String(value));

export const RepsTable = ({
  list,
  onOpen,
}: {
  list: CursorList<Rep>;
  onOpen: (rep: Rep) => void;
}) => {
  const { t } = useTranslation();
  const today = useFormatters().today();

  const columns: TableProps<Rep>['columns'] = [
    { title: t('rep.code'), dataIndex: 'code', fixed: 'left' },
    { title: t('rep.name'), dataIndex: 'name' },
    {
      title: t('rep.level'),
      dataIndex: 'level',
      render: (level: Rep['level']) => <VocabTag vocab="repLevel" value={level} />,
    },
    {
      title: t('rep.hiredOn'),
      dataIndex: 'hiredOn',
      render: (hiredOn: string | null) =>
        hiredOn ? (
          <Flex gap={6} align="center">
            {hiredOn}
            {isNewcomer(hiredOn, today) ? <Tag color="green">{t('rep.newcomer')}</Tag> : null}
          </Flex>
        ) : (
          NONE
        ),
    },
    {
      title: t('rep.active'),
      dataIndex: 'active',
      render: (active: boolean) => (
        <Badge
          status={active ? 'success' : 'default'}
          text={active ? t('rep.isActive') : t('rep.inactive')}
        />
      ),
    },
    {
      title: <Tooltip title={t('rep.capsHelp')}>{t('rep.capsColumn')}</Tooltip>,
      key: 'caps',
      render: (_: unknown, rep: Rep) => (
        <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {[rep.capPerDay, rep.capPerWeek, rep.capPerMonth, rep.maxOpen].map(cap).join(' / ')}
        </span>
      ),
    },
    {
      title: t('rep.mentor'),
      dataIndex: 'mentorId',
      render: (id: string | null) => <RepName id={id} />,
    },
    {
      title: t('rep.tags'),
      dataIndex: 'tags',
      render: (tags: string[]) =>
        tags.length > 0 ? (
          <Flex gap={4} wrap>
            {tags.map((tag) => (
              <Tag key={tag} style={{ marginInlineEnd: 0 }}>
                {tag}
              </Tag>
            ))}
          </Flex>
        ) : (
          NONE
        ),
    },
  ];

  return (
    <CursorTable<Rep>
      list={list}
      columns={columns}
      emptyText={t('rep.empty')}
      onRowClick={onOpen}
    />
  );
};
