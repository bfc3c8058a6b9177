/** Providers: i18n, antd locale and theme, the session, the router. */
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { i18n } from './i18n/i18n.ts';
import { AppRoutes } from './routes.tsx';
import { SessionProvider } from './session/session-context.tsx';

const THEME = {
  token: { colorPrimary: '#1677ff', borderRadius: 6 },
};

const LocalizedApp = () => {
  const { i18n: instance } = useTranslation();
  const isEnglish = instance.resolvedLanguage === 'en';
  useEffect(() => {
    document.documentElement.lang = isEnglish ? 'en' : 'zh-CN';
    dayjs.locale(isEnglish ? 'en' : 'zh-cn');
  }, [isEnglish]);
  return (
    <ConfigProvider locale={isEnglish ? enUS : zhCN} theme={THEME}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
};

export const App = () => (
  <I18nextProvider i18n={i18n}>
    <LocalizedApp />
  </I18nextProvider>
);
