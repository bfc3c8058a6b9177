/** Page frame: title row with actions, optional filters, then the content in a card. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

type Props = {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  filters?: ReactNode;
  /** Where the back arrow leads (detail pages). */
  backTo?: string;
  /** Detail pages lay out their own sections instead of one card. */
  plain?: boolean;
  children: ReactNode;
};

export const Page = ({ title, subtitle, actions, filters, backTo, plain, children }: Props) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex align="center" gap={8}>
          {backTo ? (
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => navigate(backTo)}
            />
          ) : null}
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
        </Flex>
        {actions ? <Flex gap={8}>{actions}</Flex> : null}
      </Flex>
      {plain ? (
        children
      ) : (
        <Card variant="borderless" styles={{ body: { padding: 20 } }}>
          <Flex vertical gap={16}>
            {filters}
            {children}
          </Flex>
        </Card>
      )}
    </Flex>
  );
};

/** A titled block inside a detail page. */
export const Section = ({
  title,
  extra,
  children,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) => (
  <Card variant="borderless" title={title} extra={extra} styles={{ body: { padding: 20 } }}>
    {children}
  </Card>
);
