import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { SessionProvider, useSessionApi } from '../session/session-context.tsx';
import { json, stubFetch } from '../test-fetch.ts';
import { aSession } from '../test-session.ts';
import { LanguageSwitch } from './language-switch.tsx';

const session = (locale: 'zh-CN' | 'en') => aSession({ id: 'u1', locale });

const Probe = () => {
  const { t } = useTranslation();
  const { state } = useSessionApi();
  return (
    <p>
      {t('nav.leads')} · {state.status}
    </p>
  );
};

const renderSwitch = () =>
  render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <SessionProvider>
          <LanguageSwitch />
          <Probe />
        </SessionProvider>
      </AntApp>
    </I18nextProvider>,
  );

afterEach(async () => {
  await act(() => i18n.changeLanguage('zh-CN'));
});

describe('LanguageSwitch', () => {
  it('before sign-in: switches the language and remembers it in this browser only', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/auth/session': json(401, { error: { code: 'auth.required', message: 'no' } }),
    });
    renderSwitch();
    await screen.findByText('线索 · anonymous');

    fireEvent.click(screen.getByText('English'));

    await screen.findByText('Leads · anonymous');
    expect(window.localStorage.getItem('allot.locale')).toBe('en');
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it("on load, the session user's language wins over the browser's", async () => {
    window.localStorage.setItem('allot.locale', 'zh-CN');
    stubFetch({ 'GET /api/v1/auth/session': json(200, session('en')) });
    renderSwitch();
    await screen.findByText('Leads · authenticated');
  });

  it('after sign-in: saves the choice to the user with the CSRF token', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/auth/session': json(200, session('zh-CN')),
      'PATCH /api/v1/auth/profile': (call) =>
        json(200, { ...session('zh-CN').user, locale: (call.body as { locale: string }).locale }),
    });
    renderSwitch();
    await screen.findByText('线索 · authenticated');

    fireEvent.click(screen.getByText('English'));

    await screen.findByText('Leads · authenticated');
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ locale: 'en' });
    expect(patch?.headers['X-CSRF-Token']).toBe('csrf-1');
  });
});
