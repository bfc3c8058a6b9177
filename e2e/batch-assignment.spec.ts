import { expect, type Page, test } from '@playwright/test';
import { CHROMIUM_MISSING, HAS_CHROMIUM } from '../playwright.config.ts';
import { signIn } from './sign-in.ts';

test.skip(!HAS_CHROMIUM, CHROMIUM_MISSING);

/** Screenshots for review (outside the repository), taken once loading has settled. */
async function shot(page: Page, name: string) {
  await expect(page.locator('.ant-spin-spinning, .ant-btn-loading')).toHaveCount(0, {
    timeout: 30_000,
  });
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
}

/** Batch assignment follows the published rules: publishes one for everyone unless there is one. */
async function publishedPolicy(page: Page) {
  const { csrfToken } = await (await page.request.get('/api/v1/auth/session')).json();
  const policy = await (await page.request.get('/api/v1/routing/policy')).json();
  if (policy.published) return;
  const headers = { 'x-csrf-token': csrfToken as string };
  const draft = { rules: [{ id: '全员', method: 'round_robin' }] };
  expect(
    (await page.request.put('/api/v1/routing/policy/draft', { headers, data: draft })).ok(),
  ).toBe(true);
  expect((await page.request.post('/api/v1/routing/policy/publish', { headers })).ok()).toBe(true);
}

/** The number under a statistic's title (`6,828.16` → 6828.16). */
const figure = async (page: Page, title: string) =>
  Number(
    (
      await page
        .locator('.ant-statistic', { hasText: title })
        .locator('.ant-statistic-content')
        .textContent()
    )?.replaceAll(',', ''),
  );

test('plan the unassigned leads of the demo workspace, read why, apply, in both languages', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signIn(page);
  await publishedPolicy(page);

  await page.getByRole('menuitem', { name: '批量分配' }).click();
  await expect(page).toHaveURL(/\/routing\/batch$/);
  await expect(page.getByRole('button', { name: /应用方案/ })).toBeDisabled();
  await page.getByRole('button', { name: /生成方案/ }).click();

  const leads = page.getByRole('table', { name: '各线索的去向' });
  await expect(leads).toBeVisible();
  const assigned = await figure(page, '已分配');
  expect(assigned).toBeGreaterThan(0);
  // The plan is never worse than assigning one by one.
  const total = await figure(page, '总期望价值');
  const greedy = await figure(page, '逐条贪心');
  expect(total).toBeGreaterThanOrEqual(greedy);
  await expect(leads.getByText(/^批量最优分配给 .+：期望价值 /).first()).toBeVisible();
  await shot(page, 'batch-assignment-zh-CN');

  await page.getByText('English', { exact: true }).click();
  const english = page.getByRole('table', { name: 'Where each lead goes' });
  await expect(english.getByText(/^Assigned to .+ by batch optimisation/).first()).toBeVisible();
  await shot(page, 'batch-assignment-en');

  // Apply: the same batch is written; the first planned lead now says why it went where.
  const first = english.getByRole('row').nth(1);
  const leadName = (await first.getByRole('link').textContent()) as string;
  await page.getByRole('button', { name: /Apply plan/ }).click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /Apply plan/ })
    .click();
  await expect(page.getByText(`Plan applied: ${assigned} leads assigned`)).toBeVisible();
  await first.getByRole('link').click();
  await expect(page.getByText(leadName).first()).toBeVisible();
  await expect(page.getByText(/by batch optimisation/).first()).toBeVisible();
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByText(/批量最优分配给/).first()).toBeVisible();
});
