/** 已成交 / 未成交. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const WonTag = ({ won }: { won: boolean }) => {
  const { t } = useTranslation();
  return won ? <Tag color="green">{t('account.won')}</Tag> : <Tag>{t('account.notWon')}</Tag>;
};
