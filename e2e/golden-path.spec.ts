import { expect, type Page, test } from '@playwright/test';
import { CHROMIUM_MISSING, E2E_ADMIN, HAS_CHROMIUM } from '../playwright.config.ts';
import { ADMIN_EMAIL, submitLogin } from './sign-in.ts';

test.skip(!HAS_CHROMIUM, CHROMIUM_MISSING);

/** Screenshots for review (test-results/screenshots), taken once loading has settled. */
async function shot(page: Page, name: string) {
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

test('a wrong password is refused with a message in Chinese', async ({ page }) => {
  await submitLogin(page, { password: 'not-the-password' });
  await expect(page.getByText('邮箱或密码错误')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test('sign in, see the organisation, switch to English and keep it', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await shot(page, 'login-zh-CN');

  await submitLogin(page);
  await expect(page).toHaveURL(/\/org$/);
  const menu = (name: string) => page.getByRole('menuitem', { name });
  await expect(menu('组织架构')).toBeVisible();
  await expect(page.getByRole('tree').getByText('华东大区', { exact: true })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await shot(page, 'org-zh-CN');

  await page.getByText('English', { exact: true }).click();
  await expect(menu('Organisation')).toBeVisible();
  await page.reload();
  await expect(menu('Organisation')).toBeVisible();
  await shot(page, 'org-en');

  await page.goto('/login');
  await page.getByText('中文', { exact: true }).click();
});

test('leads list opens a lead with its owner history; the audit log shows the sign-ins', async ({
  page,
}) => {
  await submitLogin(page);
  await expect(page).toHaveURL(/\/org$/);
  await page.getByRole('menuitem', { name: '线索' }).click();
  await expect(page).toHaveURL(/\/leads$/);
  await expect(page.getByText(/共 2,?000 条/)).toBeVisible();
  await shot(page, 'leads-zh-CN');
  await page.getByRole('row').nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  await expect(page.getByText('负责人变更').first()).toBeVisible();
  await shot(page, 'lead-detail-zh-CN');

  await page.getByRole('menuitem', { name: '审计日志' }).click();
  await expect(page.getByRole('cell', { name: ADMIN_EMAIL }).first()).toBeVisible();
  await shot(page, 'audit-zh-CN');
});

test("edit a rep's caps in the drawer; the change is saved and audited", async ({ page }) => {
  await submitLogin(page);
  await expect(page).toHaveURL(/\/org$/);
  const firstRep = page.getByRole('row').nth(1);
  const name = ((await firstRep.getByRole('cell').nth(1).textContent()) ?? '').trim();
  await firstRep.click();
  const drawer = page.getByRole('dialog', { name: `编辑销售代表：${name}` });
  await expect(drawer).toBeVisible();
  const perDay = drawer.getByLabel('每日上限');
  await perDay.fill('7');
  await shot(page, 'rep-drawer-zh-CN');
  await drawer
    .getByRole('button', { name: '保 存' })
    .or(drawer.getByRole('button', { name: '保存' }))
    .click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(firstRep.getByRole('cell').nth(5)).toContainText('7 /');

  await page.getByRole('menuitem', { name: '审计日志' }).click();
  await expect(page.getByRole('cell', { name: '销售代表' }).first()).toBeVisible();
});

test('a routed lead shows why it went to its owner, in both languages', async ({
  page,
  request,
}) => {
  const login = await request.post('/api/v1/auth/login', {
    data: { email: ADMIN_EMAIL, password: E2E_ADMIN.password },
  });
  const { csrfToken } = await login.json();
  const headers = { 'x-csrf-token': csrfToken };
  const teams = (await (await request.get('/api/v1/teams?limit=200')).json()).items as {
    id: string;
    name: string;
  }[];
  const east = teams.find((t) => t.name === '华东大区');
  expect(east).toBeDefined();
  const draft = await request.put('/api/v1/routing/policy/draft', {
    headers,
    data: {
      rules: [
        {
          id: '华东',
          when: { field: 'region', op: 'eq', value: '上海' },
          to: { teams: [east?.id] },
          method: 'round_robin',
        },
      ],
    },
  });
  expect(draft.status()).toBe(200);
  expect((await request.post('/api/v1/routing/policy/publish', { headers })).status()).toBe(200);
  const created = await request.post('/api/v1/leads', {
    headers,
    data: {
      name: '路由测试',
      email: `route-${Date.now()}@e2e-route.cn`,
      region: '上海',
      company: `E2E路由${Date.now()}有限公司`,
    },
  });
  const lead = await created.json();
  expect(lead.routing.outcome).toBe('assigned');

  await submitLogin(page);
  await expect(page).toHaveURL(/\/org$/);
  await page.goto(`/leads/${lead.id}`);
  await expect(page.getByText('为什么分配给我')).toBeVisible();
  await expect(page.getByText(/规则 华东 匹配（地区=上海），以轮流方式分配给/)).toBeVisible();
  await shot(page, 'lead-why-zh-CN');
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByText('Why me')).toBeVisible();
  await expect(
    page.getByText(/Rule 华东 matched \(region=上海\); assigned to .* by round robin\./),
  ).toBeVisible();
  await shot(page, 'lead-why-en');
  await page.getByText('中文', { exact: true }).click();
});
