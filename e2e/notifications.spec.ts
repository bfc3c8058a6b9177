import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_MISSING, E2E_ADMIN, HAS_CHROMIUM } from '../playwright.config.ts';
import { ADMIN_EMAIL, signIn } from './sign-in.ts';

test.skip(!HAS_CHROMIUM, CHROMIUM_MISSING);

/** The region of the leads this spec creates: only its own rule matches it. */
const REGION = 'E2E通知区';

/** Screenshots for review (outside the repository), taken once loading has settled. */
async function shot(page: Page, name: string) {
  await expect(
    page.locator('.ant-spin-spinning, .ant-skeleton-active, .ant-btn-loading'),
  ).toHaveCount(0, { timeout: 30_000 });
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
  // The header's right half, where the bell and its panel are, at full size.
  const width = page.viewportSize()?.width ?? 1440;
  await page.screenshot({
    path: `/tmp/shots/${name}-panel.png`,
    clip: { x: width - 900, y: 0, width: 900, height: 440 },
  });
}

type Rep = {
  id: string;
  active: boolean;
  away: unknown[];
  capPerDay: number | null;
  capPerWeek: number | null;
  capPerMonth: number | null;
  maxOpen: number | null;
};
type User = { email: string; role: string; repId: string | null; active: boolean };
type Policy = { document: { rules: unknown[] } & Record<string, unknown> } | null;

/**
 * As the admin, through the API: routes three new leads to a rep who has a user account, with a
 * rule of their own put first, then puts the published policy back as it was.
 */
async function leadsForARep(request: APIRequestContext, names: string[]) {
  const login = await request.post('/api/v1/auth/login', {
    data: { email: ADMIN_EMAIL, password: E2E_ADMIN.password },
  });
  expect(login.status()).toBe(200);
  const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
  const reps = (await (await request.get('/api/v1/reps?limit=200')).json()).items as Rep[];
  const users = (await (await request.get('/api/v1/users?limit=200')).json()).items as User[];
  // A rep without caps or time away, so that the rule surely gives them the leads.
  const free = (rep: Rep | undefined) =>
    !!rep &&
    rep.active &&
    rep.away.length === 0 &&
    [rep.capPerDay, rep.capPerWeek, rep.capPerMonth, rep.maxOpen].every((cap) => cap === null);
  const user = users.find(
    (u) => u.role === 'rep' && u.active && free(reps.find((r) => r.id === u.repId)),
  );
  expect(user?.repId).toBeTruthy();
  const repId = user?.repId as string;

  const published = (
    (await (await request.get('/api/v1/routing/policy')).json()) as {
      published: Policy;
    }
  ).published;
  const publish = async (document: Record<string, unknown>) => {
    expect(
      (await request.put('/api/v1/routing/policy/draft', { headers, data: document })).status(),
    ).toBe(200);
    expect((await request.post('/api/v1/routing/policy/publish', { headers })).status()).toBe(200);
  };
  await publish({
    ...(published?.document ?? {}),
    rules: [
      {
        id: 'e2e-通知',
        when: { field: 'region', op: 'eq', value: REGION },
        to: { reps: [repId] },
        method: 'round_robin',
      },
      ...(published?.document.rules ?? []),
    ],
  });
  const leadIds: string[] = [];
  try {
    for (const [i, name] of names.entries()) {
      const created = await request.post('/api/v1/leads', {
        headers,
        data: {
          name,
          email: `notify-${Date.now()}-${i}@e2e-notify.cn`,
          region: REGION,
          company: `E2E通知${Date.now()}-${i}有限公司`,
        },
      });
      expect(created.status()).toBe(201);
      const lead = await created.json();
      expect(lead.routing).toMatchObject({ outcome: 'assigned', repId });
      leadIds.push(lead.id);
    }
  } finally {
    if (published) await publish(published.document);
  }
  return { email: user?.email as string, leadIds };
}

test('the admin opens the bell: an empty inbox, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, ADMIN_EMAIL);
  const bell = page.getByRole('button', { name: /^通知/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const panel = page.getByRole('dialog', { name: '通知' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('暂无通知')).toBeVisible();
  await expect(panel.getByRole('button', { name: /全部标为已读/ })).toBeDisabled();
  await shot(page, 'notifications-admin-empty-zh-CN');

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: /^Notifications/ }).click();
  const english = page.getByRole('dialog', { name: 'Notifications' });
  await expect(english.getByText('No notifications')).toBeVisible();
  await shot(page, 'notifications-admin-empty-en');
  await page.keyboard.press('Escape');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('button', { name: /^通知/ })).toBeVisible();
});

test('a rep is told of the leads routed to them, opens one and marks all read', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const stamp = String(Date.now()).slice(-6);
  const names = [1, 2, 3].map((n) => `通知客户${stamp}-${n}`);
  const { email, leadIds } = await leadsForARep(request, names);

  await signIn(page, email);
  const bell = page.getByRole('button', { name: /^通知：\d+\+? 条未读$/ });
  await expect(bell).toBeVisible();
  await expect(page.locator('.ant-badge-count')).toBeVisible();

  // Keyboard: the bell opens the panel with Enter; Escape closes it.
  await bell.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: '通知' });
  await expect(panel).toBeVisible();
  // Newest first: the last lead created comes first.
  const texts = names.map((name) => `新线索「${name}」已分配给你`);
  await expect(panel.getByRole('link').first()).toContainText(texts[2] as string);
  for (const text of texts) await expect(panel.getByText(text)).toBeVisible();
  await shot(page, 'notifications-rep-zh-CN');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(bell).toBeFocused();

  // In English, the server words the notices in English.
  await page.getByText('English', { exact: true }).click();
  const bellEn = page.getByRole('button', { name: /^Notifications: \d+\+? unread$/ });
  await bellEn.click();
  const panelEn = page.getByRole('dialog', { name: 'Notifications' });
  for (const name of names) {
    await expect(panelEn.getByText(`New lead “${name}” was assigned to you`)).toBeVisible();
  }
  await shot(page, 'notifications-rep-en');

  // Opening a notice reads it and shows its lead.
  const before = Number((await bellEn.getAttribute('aria-label'))?.match(/\d+/)?.[0]);
  await panelEn.getByText(`New lead “${names[0]}” was assigned to you`).click();
  await expect(page).toHaveURL(new RegExp(`/leads/${leadIds[0]}$`));
  await expect(panelEn).toBeHidden();
  await expect(
    page.getByRole('button', { name: `Notifications: ${before - 1} unread` }),
  ).toBeVisible();

  // Mark all read: the badge goes, the unread filter is empty.
  await bellEn.click();
  await panelEn.getByRole('button', { name: /Mark all as read/ }).click();
  await expect(page.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();
  await expect(page.locator('.ant-badge-count')).toBeHidden();
  await panelEn.getByText('Unread', { exact: true }).click();
  await expect(panelEn.getByText('No unread notifications')).toBeVisible();
  await shot(page, 'notifications-rep-read-en');

  await page.keyboard.press('Escape');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('button', { name: '通知', exact: true })).toBeVisible();
});
