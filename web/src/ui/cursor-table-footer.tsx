/** Footer of a cursor table: total, previous/next by cursor and the page size. */
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CursorList, PAGE_SIZES } from './use-cursor-list.ts';

export const CursorTableFooter = <T,>({
  list,
  compact,
}: {
  list: CursorList<T>;
  compact: boolean;
}) => {
  const { t } = useTranslation();
  const onePage = !list.hasPrev && !list.hasNext;
  if (compact && list.total === 0) return null;
  const total = list.total ?? (onePage ? list.items.length : null);
  return (
    <Flex justify="flex-end" align="center" gap={12} wrap>
      {total === null ? null : (
        <Typography.Text type="secondary">
          {t(list.totalCapped ? 'list.totalCapped' : 'list.total', { n: total })}
        </Typography.Text>
      )}
      {compact && onePage ? null : (
        <>
          <Button
            size="small"
            icon={<LeftOutlined />}
            disabled={!list.hasPrev || list.loading}
            onClick={list.prev}
          >
            {t('list.prev')}
          </Button>
          <Typography.Text>{t('list.page', { page: list.page + 1 })}</Typography.Text>
          <Button
            size="small"
            disabled={!list.hasNext || list.loading}
            onClick={list.next}
            icon={<RightOutlined />}
            iconPlacement="end"
          >
            {t('list.next')}
          </Button>
        </>
      )}
      {compact ? null : (
        <Select
          size="small"
          value={list.pageSize}
          onChange={list.setPageSize}
          aria-label={t('list.pageSize')}
          options={PAGE_SIZES.map((size) => ({
            value: size,
            label: t('list.perPage', { n: size }),
          }))}
          style={{ width: 110 }}
        />
      )}
    </Flex>
  );
};
