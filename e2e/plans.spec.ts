import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_MISSING, E2E_ADMIN, HAS_CHROMIUM } from '../playwright.config.ts';
import { ADMIN_EMAIL, signIn } from './sign-in.ts';

test.skip(!HAS_CHROMIUM, CHROMIUM_MISSING);

/** Screenshots for review (outside the repository), taken once loading has settled. */
async function shot(page: Page, name: string) {
  await expect(
    page.locator('.ant-spin-spinning, .ant-skeleton-active, .ant-btn-loading'),
  ).toHaveCount(0, { timeout: 30_000 });
  await page.screenshot({ path: `/tmp/shots/plans-${name}.png`, fullPage: true });
}

type User = { email: string; role: string; repId: string | null; active: boolean };
type Rep = { id: string; name: string; active: boolean };

/** A rep of the demo workspace who has a user account (every demo user shares the password). */
async function aRepUser(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', {
    data: { email: ADMIN_EMAIL, password: E2E_ADMIN.password },
  });
  expect(login.status()).toBe(200);
  const reps = (await (await request.get('/api/v1/reps?limit=200')).json()).items as Rep[];
  const users = (await (await request.get('/api/v1/users?limit=200')).json()).items as User[];
  const user = users.find(
    (u) => u.role === 'rep' && u.active && reps.some((r) => r.id === u.repId && r.active),
  );
  const rep = reps.find((r) => r.id === user?.repId);
  expect(rep).toBeTruthy();
  return { email: user?.email as string, name: rep?.name as string };
}

/** Clicks a workflow button of the page header, then the same action in its confirmation. */
async function move(page: Page, label: RegExp, done: string) {
  await page.locator('main, body').getByRole('button', { name: label }).first().click();
  const confirm = page.getByRole('tooltip');
  await confirm.getByRole('button', { name: label }).click();
  await expect(page.getByText(done).first()).toBeVisible({ timeout: 20_000 });
}

test('create → adjust → publish → the rep sees their target, in both languages', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const rep = await aRepUser(request);
  const name = `E2E 年度目标 ${String(Date.now()).slice(-6)}`;

  // The admin opens 目标规划 from the menu and creates a plan for next year.
  await signIn(page, ADMIN_EMAIL);
  await page.getByRole('menuitem', { name: /目标规划/ }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByText('还没有目标计划')).toBeVisible();
  await page.getByRole('button', { name: /新建计划/ }).click();
  const dialog = page.getByRole('dialog', { name: '新建计划' });
  await expect(dialog.getByLabel('指标', { exact: true })).toBeVisible();
  await shot(page, 'create-zh-CN');
  // Keyboard: the name first, then the company target; the drivers keep their defaults.
  await dialog.getByLabel('计划名称').fill(name);
  await dialog.getByLabel('公司目标').fill('12000000');
  await dialog.getByRole('button', { name: /创建并测算/ }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name })).toBeVisible();
  const grid = page.getByRole('table', { name: '各销售的目标' });
  await expect(grid).toBeVisible();
  await expect(page.getByText('草稿').first()).toBeVisible();
  await shot(page, 'detail-draft-zh-CN');

  // The rep's revenue target, explained, then fixed at 500,000 yuan with a reason.
  await grid.getByRole('button', { name: `查看 ${rep.name} 的销售额目标` }).click();
  const drawer = page.getByRole('dialog', { name: `${rep.name} · 销售额` });
  await expect(drawer.getByRole('region', { name: '计算过程' })).toContainText('按历史业绩');
  await drawer.getByLabel('调整后目标').fill('500000');
  await drawer.getByLabel('调整说明').fill('负责新开拓的区域，首年目标调低');
  await shot(page, 'drawer-zh-CN');
  await drawer.getByRole('button', { name: /保存调整/ }).click();
  await expect(page.getByText('已调整，其余销售已重新分摊')).toBeVisible({ timeout: 20_000 });
  await expect(drawer.getByRole('region', { name: '计算过程' })).toContainText(
    '经理调整为 ¥500,000.00，调整说明：负责新开拓的区域，首年目标调低',
  );
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  const row = grid.getByRole('row').filter({ hasText: rep.name });
  await expect(row).toContainText('已调整');
  await expect(row).toContainText('¥500,000.00');

  // Submit, approve, publish — each confirmed.
  await move(page, /提交审批/, '已提交审批');
  await move(page, /审批通过/, '已审批通过');
  await move(page, /发\s?布/, '已发布，销售可在“我的目标”中查看');
  await expect(page.getByText(/计划已发布，目标为只读/)).toBeVisible();
  const history = page.getByRole('table', { name: '版本记录' });
  await expect(history.getByRole('row')).toHaveCount(6);
  await expect(history).toContainText('调整目标：负责新开拓的区域');
  await shot(page, 'detail-published-zh-CN');

  // The targets by territory, and the form that revises a published plan from a date.
  await page.getByText('按区域', { exact: true }).click();
  await expect(page.getByRole('table', { name: '各区域的目标' })).toBeVisible();
  await shot(page, 'territories-zh-CN');
  await page.getByRole('button', { name: /调整已发布目标/ }).click();
  const revise = page.getByRole('dialog', { name: '调整已发布目标' });
  await expect(revise).toBeVisible();
  await shot(page, 'revise-zh-CN');
  await page.keyboard.press('Escape');
  await expect(revise).toBeHidden();

  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('table', { name: 'Targets by territory' })).toBeVisible();
  await shot(page, 'territories-en');
  await page.getByRole('button', { name: /Revise$/ }).click();
  await expect(page.getByRole('dialog', { name: 'Revise published targets' })).toBeVisible();
  await shot(page, 'revise-en');
  await page.keyboard.press('Escape');
  await page.getByText('By rep', { exact: true }).click();
  await expect(page.getByRole('table', { name: 'Targets by rep' })).toBeVisible();
  await expect(page.getByText('Published', { exact: true }).first()).toBeVisible();
  await shot(page, 'detail-published-en');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('table', { name: '各销售的目标' })).toBeVisible();

  // The rep signs in and finds the published target under 我的目标.
  await page.context().clearCookies();
  await signIn(page, rep.email);
  await expect(page.getByRole('menuitem', { name: /目标规划/ })).toHaveCount(0);
  await page.getByRole('menuitem', { name: /我的目标/ }).click();
  await expect(page).toHaveURL(/\/my-targets$/);
  const revenue = page.getByRole('region', { name: '销售额' });
  await expect(revenue).toContainText('¥500,000.00');
  await expect(revenue).toContainText('经理调整为 ¥500,000.00');
  await expect(page.getByText(name)).toBeVisible();
  await shot(page, 'my-targets-zh-CN');

  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'My targets' })).toBeVisible();
  await expect(revenue).toContainText('Set by a manager to ¥500,000.00');
  await shot(page, 'my-targets-en');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '我的目标' })).toBeVisible();
});
