import { act, fireEvent, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { SessionProvider } from '../../session/session-context.tsx';
import { json, stubFetch } from '../../test-fetch.ts';
import { LoginPage } from './login-page.tsx';

const renderLogin = () =>
  render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <SessionProvider>
          <MemoryRouter initialEntries={['/login']}>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/org" element={<p>org page</p>} />
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </AntApp>
    </I18nextProvider>,
  );

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

afterEach(async () => {
  await act(() => i18n.changeLanguage('zh-CN'));
});

describe('LoginPage', () => {
  it('shows the translated error for wrong credentials and for throttling', async () => {
    let attempts = 0;
    stubFetch({
      'GET /api/v1/auth/session': json(401, { error: { code: 'auth.required', message: 'no' } }),
      'POST /api/v1/auth/login': () => {
        attempts += 1;
        return attempts === 1
          ? json(401, { error: { code: 'auth.invalid_credentials', message: 'invalid' } })
          : json(429, { error: { code: 'auth.throttled', message: 'slow down' } });
      },
    });
    renderLogin();
    fill('邮箱', 'admin@example.cn');
    fill('密码', 'wrong');
    fireEvent.submit(screen.getByLabelText('密码').closest('form') as HTMLFormElement);
    expect(await screen.findByText('邮箱或密码错误。')).toBeTruthy();

    fireEvent.submit(screen.getByLabelText('密码').closest('form') as HTMLFormElement);
    expect(await screen.findByText('登录失败次数过多，请 15 分钟后再试。')).toBeTruthy();
  });

  it('goes to /org after a successful sign-in', async () => {
    stubFetch({
      'GET /api/v1/auth/session': json(401, { error: { code: 'auth.required', message: 'no' } }),
      'POST /api/v1/auth/login': json(200, {
        user: { id: 'u1', name: 'A', role: 'admin', locale: 'zh-CN' },
        workspace: {
          id: 'w',
          name: 'W',
          timezone: 'Asia/Shanghai',
          locale: 'zh-CN',
          currency: 'CNY',
        },
        csrfToken: 't',
      }),
    });
    renderLogin();
    fill('邮箱', 'admin@example.cn');
    fill('密码', 'secret-password');
    fireEvent.submit(screen.getByLabelText('密码').closest('form') as HTMLFormElement);
    expect(await screen.findByText('org page')).toBeTruthy();
  });
});
