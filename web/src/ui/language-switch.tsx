/** 中文 / English switch, shown on the sign-in page and in the header. */
import { App, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../src/domain/shared/vocabulary.ts';
import { errorMessage } from '../api/error-message.ts';
import { currentLocale } from '../i18n/i18n.ts';
import { useSessionApi } from '../session/session-context.tsx';

const OPTIONS: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

export const LanguageSwitch = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { changeLocale } = useSessionApi();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('common.language')}
      options={OPTIONS}
      value={currentLocale()}
      onChange={(locale) => {
        changeLocale(locale).catch((error: unknown) => message.error(errorMessage(t, error)));
      }}
    />
  );
};
