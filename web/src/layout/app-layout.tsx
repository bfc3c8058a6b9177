/** Signed-in frame: left menu, header with workspace, notifications, language, user, sign-out. */
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Skeleton, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { NotificationBell } from '../features/notifications/notification-bell.tsx';
import { useSession, useSessionApi } from '../session/session-context.tsx';
import { Brand } from '../ui/brand.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { VocabTag } from '../ui/vocab.tsx';
import { activeNavPath, navItemsFor } from './nav-items.tsx';

export const AppLayout = () => {
  const { t } = useTranslation();
  const { user, workspace } = useSession();
  const { logout } = useSessionApi();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const selected = activeNavPath(location.pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={208}
        theme="light"
        style={{
          borderInlineEnd: '1px solid rgba(5, 5, 5, 0.06)',
          position: 'sticky',
          top: 0,
          height: '100vh',
          overflow: 'auto',
        }}
      >
        <div style={{ padding: '16px 20px', height: 64 }}>
          <Brand size={collapsed ? 24 : 28} />
        </div>
        <Menu
          mode="inline"
          aria-label={t('nav.label')}
          selectedKeys={selected ? [selected] : []}
          items={navItemsFor(user.role).map((item) => ({
            key: item.path,
            icon: item.icon,
            label: t(item.labelKey),
          }))}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
          }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {workspace.name}
            </Typography.Text>
            <Space size={16}>
              <NotificationBell />
              <LanguageSwitch />
              <Space size={6}>
                <UserOutlined />
                <Typography.Text>{user.name}</Typography.Text>
                <VocabTag vocab="role" value={user.role} />
              </Space>
              <Button
                type="text"
                icon={<LogoutOutlined />}
                onClick={async () => {
                  await logout();
                  navigate('/login', { replace: true });
                }}
              >
                {t('auth.logout')}
              </Button>
            </Space>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
