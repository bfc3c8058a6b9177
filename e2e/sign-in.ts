/** Signing in to the e2e server's demo workspace from its login page (in Chinese). */
import { expect, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config.ts';

export const ADMIN_EMAIL = 'admin@demo.allot.local';

/** Fills in and sends the login form; every demo user shares the demo password. */
export async function submitLogin(
  page: Page,
  {
    email = ADMIN_EMAIL,
    password = E2E_ADMIN.password,
  }: { email?: string; password?: string } = {},
) {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByLabel('密码').press('Enter');
}

/** Signs in and waits for the first page, the organisation. */
export async function signIn(page: Page, email: string = ADMIN_EMAIL) {
  await submitLogin(page, { email });
  await expect(page).toHaveURL(/\/org$/);
}
