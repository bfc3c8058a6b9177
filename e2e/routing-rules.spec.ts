import { expect, type Locator, type Page, test } from '@playwright/test';
import { CHROMIUM_MISSING, HAS_CHROMIUM } from '../playwright.config.ts';
import { signIn } from './sign-in.ts';

test.skip(!HAS_CHROMIUM, CHROMIUM_MISSING);

/** Screenshots for review (test-results/screenshots), taken once loading has settled. */
async function shot(page: Page, name: string) {
  await expect(
    page.locator('.ant-spin-spinning, .ant-skeleton-active, .ant-btn-loading'),
  ).toHaveCount(0, { timeout: 30_000 });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** Picks an option of the antd select labelled `label` inside `scope`. */
async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .click();
}

test('edit the routing rules, save a draft, preview the last 30 days, publish, in both languages', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await signIn(page);
  await page.getByRole('menuitem', { name: '分配规则' }).click();
  await expect(page).toHaveURL(/\/routing\/rules$/);
  await expect(page.getByRole('heading', { name: '分配规则' })).toBeVisible();
  await expect(page.getByText('全局设置')).toBeVisible();

  // A new rule at the end of the list: Shanghai leads, least loaded.
  const rules = page.getByRole('group', { name: /^规则 \d+：/ });
  const before = await rules.count();
  await page.getByRole('button', { name: '添加规则' }).click();
  await expect(rules).toHaveCount(before + 1);
  const rule = rules.last();
  await rule.getByLabel('规则名称').fill('上海优先');
  await choose(page, rule, '分配方式', '最少负载');
  await rule.getByRole('button', { name: '添加条件' }).click();
  await rule.getByLabel('第 1 个条件的值').fill('上海');
  await expect(page.getByText('有未保存的修改')).toBeVisible();
  await expect(page.getByRole('button', { name: /发\s?布/ })).toBeDisabled();

  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText(/草稿已保存（v\d+）/)).toBeVisible();
  await expect(page.getByText(/^草稿 v\d+ · 未发布$/)).toBeVisible();
  await expect(page.getByText('有未保存的修改')).toHaveCount(0);

  // Preview (backtest) of the last 30 days under the editor's rules.
  await expect(page.getByLabel('天数')).toHaveValue('30');
  await page.getByRole('button', { name: /预\s?览/ }).click();
  const perRep = page
    .locator('.ant-table')
    .filter({ has: page.getByRole('columnheader', { name: '权重占比' }) });
  await expect(page.getByRole('heading', { name: '按销售代表' })).toBeVisible({ timeout: 30_000 });
  await expect(perRep.locator('tbody tr.ant-table-row').first()).toBeVisible();
  expect(await perRep.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(1);
  await expect(page.getByRole('heading', { name: '逐条线索' })).toBeVisible();
  await shot(page, 'routing-rules-zh-CN');
  await page.screenshot({ path: '/tmp/shots/routing-rules-zh-CN.png', fullPage: true });

  // Publish the saved draft, after confirming.
  await page.getByRole('button', { name: /发\s?布/ }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: /发布草稿 v\d+？/ });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: /发\s?布/ }).click();
  await expect(page.getByText(/已发布 v\d+，新进线索将按此规则分配/)).toBeVisible();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(/^生效中 v\d+$/)).toBeVisible();
  await expect(page.getByRole('button', { name: /发\s?布/ })).toBeDisabled();

  // In English: the page, and the preview asked again in English.
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Routing rules' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Routing rules' })).toBeVisible();
  await expect(page.getByText('Policy settings')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save draft' })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Rule \d+: 上海优先$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Per rep' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('columnheader', { name: 'Weight share' })).toBeVisible();
  // The explanations are worded by the server: once asked again, they read in English.
  await expect(page.locator('.ant-btn-loading')).toHaveCount(0, { timeout: 30_000 });
  await page.locator('.ant-table-row-expand-icon').first().click();
  const why = page.locator('.ant-table-expanded-row').first();
  await expect(why).toContainText('Draft:');
  await expect(why).not.toContainText('分配');
  await shot(page, 'routing-rules-en');
  await page.screenshot({ path: '/tmp/shots/routing-rules-en.png', fullPage: true });

  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('menuitem', { name: '分配规则' })).toBeVisible();
});
