/** antd Table over a `useCursorList` page: prev/next by cursor, page size, total, states. */
import type { TableProps } from 'antd';
import { Flex, Table } from 'antd';
import { CursorTableFooter } from './cursor-table-footer.tsx';
import { EmptyState, ErrorState } from './list-states.tsx';
import type { CursorList } from './use-cursor-list.ts';

export type CursorTableProps<T> = {
  list: CursorList<T>;
  columns: TableProps<T>['columns'];
  rowKey?: TableProps<T>['rowKey'];
  /** Sentence shown when the list is empty, in the current language. */
  emptyText: string;
  onRowClick?: (row: T) => void;
  expandable?: TableProps<T>['expandable'];
  /** Hide the page-size selector (for short embedded lists). */
  compact?: boolean;
};

export const CursorTable = <T extends object>({
  list,
  columns,
  rowKey = 'id' as TableProps<T>['rowKey'],
  emptyText,
  onRowClick,
  expandable,
  compact = false,
}: CursorTableProps<T>) => {
  if (list.error && !list.loading) return <ErrorState error={list.error} onRetry={list.reload} />;
  return (
    <Flex vertical gap={12}>
      <Table<T>
        size="middle"
        columns={columns}
        dataSource={list.items}
        rowKey={rowKey}
        loading={list.loading}
        pagination={false}
        expandable={expandable}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: list.loading ? ' ' : <EmptyState description={emptyText} /> }}
        onRow={
          onRowClick
            ? (row) => ({
                onClick: () => onRowClick(row),
                onKeyDown: (event) => {
                  if (event.key === 'Enter') onRowClick(row);
                },
                tabIndex: 0,
                style: { cursor: 'pointer' },
              })
            : undefined
        }
      />
      <CursorTableFooter list={list} compact={compact} />
    </Flex>
  );
};
