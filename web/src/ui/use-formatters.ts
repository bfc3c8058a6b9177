/** Formatters bound to the session's workspace (time zone, currency) and the current language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context.tsx';
import { formatDateTime, formatMoney, formatRelative, todayIn } from './format.ts';

export const useFormatters = () => {
  const { workspace } = useSession();
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'zh-CN';
  return useMemo(
    () => ({
      timeZone: workspace.timezone,
      dateTime: (iso: string | null | undefined) => formatDateTime(iso, workspace.timezone),
      /** `刚刚`, `5分钟前`, … for the last week, then as `dateTime`. */
      relative: (iso: string | null | undefined) =>
        formatRelative(iso, {
          timeZone: workspace.timezone,
          locale,
          justNow: t('common.justNow'),
        }),
      money: (minor: number) => formatMoney(minor, workspace.currency || 'CNY', locale),
      today: () => todayIn(workspace.timezone),
    }),
    [workspace.timezone, workspace.currency, locale, t],
  );
};
