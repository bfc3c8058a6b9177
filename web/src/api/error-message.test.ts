import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { ApiError } from './client.ts';
import { errorMessage } from './error-message.ts';

describe('errorMessage', () => {
  it('translates known codes in the current language', async () => {
    await i18n.changeLanguage('zh-CN');
    const error = new ApiError('auth.invalid_credentials', 'invalid credentials', 401);
    expect(errorMessage(i18n.t, error)).toBe('邮箱或密码错误。');
    await i18n.changeLanguage('en');
    expect(errorMessage(i18n.t, error)).toBe('Wrong e-mail or password.');
    expect(errorMessage(i18n.t, new ApiError('auth.throttled', 'x', 429))).toMatch(/15 minutes/);
  });

  it("falls back to the server's message for an unknown code", async () => {
    await i18n.changeLanguage('en');
    const error = new ApiError('no_such.code', 'Something the server said', 409);
    expect(errorMessage(i18n.t, error)).toBe('Something the server said');
    expect(errorMessage(i18n.t, 'weird')).toBe('Something went wrong. Please try again.');
  });
});
