/** User-facing text for an error: `errors.<code>` from i18n, else the server's own message. */
import type { TFunction } from 'i18next';
import { ApiError } from './client.ts';

export const errorMessage = (t: TFunction, error: unknown): string => {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    const translated = t(key, { defaultValue: '' });
    if (translated) return translated;
    return error.message || t('errors.unknown');
  }
  if (error instanceof Error && error.message) return error.message;
  return t('errors.unknown');
};
