import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ERROR_CODES, ISSUE_CODES } from '../app/errors.ts';

const messagesOf = (locale: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../web/src/i18n/${locale}.json`, import.meta.url), 'utf8'));

const lookup = (messages: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);

describe.each(['zh-CN', 'en'])(
  'the web app in %s words every code an answer can carry',
  (locale) => {
    const messages = messagesOf(locale);
    it.each(APP_ERROR_CODES)('errors.%s', (code) => {
      expect(typeof lookup(messages, `errors.${code}`)).toBe('string');
    });
    it.each(ISSUE_CODES)('issues.%s', (code) => {
      expect(typeof lookup(messages, `issues.${code}`)).toBe('string');
    });
  },
);
