/** 登录: centred card with e-mail, password, error alert and the language switch. */
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/error-message.ts';
import { applyFormErrors } from '../../api/form-errors.ts';
import { useSessionApi } from '../../session/session-context.tsx';
import { Brand } from '../../ui/brand.tsx';
import { LanguageSwitch } from '../../ui/language-switch.tsx';

type Credentials = { email: string; password: string };

const HOME = '/org';

export const LoginPage = () => {
  const { t } = useTranslation();
  const { state, login } = useSessionApi();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<Credentials>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;
  const target = from && from !== '/login' ? from : HOME;

  if (state.status === 'authenticated') return <Navigate to={target} replace />;

  const submit = async ({ email, password }: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(email.trim(), password);
      navigate(target, { replace: true });
    } catch (cause) {
      applyFormErrors(form, cause);
      setError(cause);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 24, background: '#f5f7fa' }}
    >
      <Card style={{ width: '100%', maxWidth: 420 }} styles={{ body: { padding: 32 } }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 24 }}>
          <Brand size={32} />
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('auth.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(t, error)}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form<Credentials>
          name="login"
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          autoComplete="on"
        >
          <Form.Item
            name="email"
            label={t('auth.email')}
            rules={[
              { required: true, message: t('auth.emailRequired') },
              { type: 'email', message: t('auth.emailInvalid') },
            ]}
          >
            <Input
              prefix={<MailOutlined />}
              autoComplete="username"
              autoFocus
              placeholder="name@example.com"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
        {t('app.footer')}
      </Typography.Text>
    </Flex>
  );
};
