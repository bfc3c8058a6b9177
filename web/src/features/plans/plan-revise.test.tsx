import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { SessionProvider } from '../../session/session-context.tsx';
import { json, stubFetch } from '../../test-fetch.ts';
import { aSession } from '../../test-session.ts';
import { PlanDetailPage } from './plan-detail-page.tsx';
import { aPlan, aPlanDetail, LI, PLAN_ID, someVersions, WANG } from './plan-fixtures.test-data.ts';
import { canRevise, type PlanStatus } from './plan-model.ts';
import { revisionFieldOf, toRevisionBody } from './plan-revise-modal.tsx';

const BASE = `/api/v1/plans/${PLAN_ID}`;
const ZHAO = '00000000-0000-4000-8000-00000000000c';
const METRICS = [
  { key: 'revenue', kind: 'amount' as const },
  { key: 'new_customers', kind: 'count' as const },
];

const stub = (
  role: 'admin' | 'manager' | 'rep',
  status: PlanStatus = 'published',
  more: Parameters<typeof stubFetch>[0] = {},
) =>
  stubFetch({
    'GET /api/v1/auth/session': json(200, aSession({ role })),
    [`GET ${BASE}`]: json(200, aPlanDetail(status)),
    [`GET ${BASE}/versions`]: json(200, someVersions()),
    [`POST ${BASE}/revisions`]: json(201, aPlan({ status: 'published', version: 3 })),
    ...more,
  });

const renderPage = () =>
  render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <SessionProvider>
          <MemoryRouter initialEntries={[`/plans/${PLAN_ID}`]}>
            <RequireSession>
              <Routes>
                <Route path="/plans/:id" element={<PlanDetailPage />} />
              </Routes>
            </RequireSession>
          </MemoryRouter>
        </SessionProvider>
      </AntApp>
    </I18nextProvider>,
  );

const grid = () => screen.findByRole('table', { name: '各销售的目标' });
const reviseButton = () => screen.queryByRole('button', { name: /调整已发布目标/ });

/** Picks an option of the searchable antd Select labelled `label` by keyboard: type, Enter. */
const pick = async (scope: HTMLElement, label: string, option: string) => {
  const box = within(scope).getByLabelText(label);
  fireEvent.mouseDown(box);
  fireEvent.change(box, { target: { value: option } });
  // The open list of this Select (an earlier one may still be in the document, hidden).
  const list = () =>
    document
      .getElementById(box.getAttribute('aria-controls') ?? '')
      ?.closest('.ant-select-dropdown');
  await waitFor(() =>
    expect(list()?.querySelector('.ant-select-item-option-active')?.getAttribute('title')).toBe(
      option,
    ),
  );
  fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
};

afterEach(async () => {
  await act(() => i18n.changeLanguage('zh-CN'));
});

describe('toRevisionBody', () => {
  const values = {
    effectiveFrom: null,
    metric: 'revenue',
    fromRepId: WANG,
    toRepIds: [LI],
    amount: 1234.56,
    keepTotal: true,
    comment: '  休产假  ',
  };

  it('sends amounts in 分, counts as typed, and no amount when empty', () => {
    expect(toRevisionBody(values, METRICS)).toMatchObject({ amount: 123_456, comment: '休产假' });
    expect(toRevisionBody({ ...values, metric: 'new_customers', amount: 3 }, METRICS).amount).toBe(
      3,
    );
    expect('amount' in toRevisionBody({ ...values, amount: null }, METRICS)).toBe(false);
  });

  it('sends no receivers when the company total is not kept', () => {
    expect(toRevisionBody({ ...values, keepTotal: false }, METRICS)).toMatchObject({
      toRepIds: [],
      keepTotal: false,
    });
  });

  it('maps issue paths onto the fields', () => {
    expect(revisionFieldOf(['toRepIds', 1])).toEqual(['toRepIds']);
    expect(revisionFieldOf(['effectiveFrom'])).toEqual(['effectiveFrom']);
    expect(revisionFieldOf(['plan'])).toBeNull();
  });
});

describe('canRevise', () => {
  it('is for managers and admins on published plans', () => {
    expect(canRevise('admin', 'published')).toBe(true);
    expect(canRevise('manager', 'published')).toBe(true);
    expect(canRevise('rep', 'published')).toBe(false);
    expect(canRevise('admin', 'approved')).toBe(false);
    expect(canRevise('manager', 'draft')).toBe(false);
  });
});

describe('revising a published plan', { timeout: 20_000 }, () => {
  it('offers the revision only on published plans, to managers and admins', async () => {
    stub('manager', 'draft');
    const first = renderPage();
    await grid();
    expect(reviseButton()).toBeNull();
    first.unmount();

    stub('admin', 'approved');
    const second = renderPage();
    await grid();
    expect(reviseButton()).toBeNull();
    second.unmount();

    stub('rep', 'published');
    const third = renderPage();
    await grid();
    expect(reviseButton()).toBeNull();
    third.unmount();

    stub('manager', 'published');
    renderPage();
    await grid();
    expect(reviseButton()).toBeTruthy();
  });

  it('posts the revision (yuan → 分, receivers, total kept) and reads the plan again', async () => {
    const { calls } = stub('manager');
    renderPage();
    await grid();
    fireEvent.click(reviseButton() as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('调整已发布目标', { selector: '.ant-modal-title' }),
    ).toBeTruthy();

    // Nothing is sent before the rep and the reason are given.
    fireEvent.click(within(dialog).getByRole('button', { name: /保存调整/ }));
    expect(await within(dialog).findByText('请填写调整说明')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await pick(dialog, '转出目标的销售', '王芳');
    await pick(dialog, '接收的销售', '李强');
    fireEvent.change(within(dialog).getByLabelText('转出数额'), { target: { value: '1500.5' } });
    fireEvent.change(within(dialog).getByLabelText('调整说明'), {
      target: { value: '王芳休产假' },
    });
    const before = calls.filter((c) => c.url === BASE).length;
    fireEvent.click(within(dialog).getByRole('button', { name: /保存调整/ }));
    expect(await screen.findByText('已调整已发布目标，生成新版本')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      // The plan's period starts after today: the date defaults to its first day.
      effectiveFrom: '2027-01-01',
      metric: 'revenue',
      fromRepId: WANG,
      toRepIds: [LI],
      amount: 150_050,
      keepTotal: true,
      comment: '王芳休产假',
    });
    await waitFor(() => expect(calls.filter((c) => c.url === BASE).length).toBe(before + 1));
  });

  it('takes the amount off the total without receivers, and shows the API’s field error', async () => {
    const { calls } = stub('admin', 'published', {
      [`POST ${BASE}/revisions`]: json(400, {
        error: {
          code: 'validation.failed',
          message: 'invalid input',
          details: {
            issues: [
              { path: 'amount', message: '超过该销售自生效日期起剩余的目标' },
              { path: '', message: '整体问题' },
            ],
          },
        },
      }),
    });
    renderPage();
    await grid();
    fireEvent.click(reviseButton() as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await pick(dialog, '转出目标的销售', '李强');
    await pick(dialog, '接收的销售', '王芳');
    fireEvent.click(within(dialog).getByRole('switch', { name: '保持公司总目标' }));
    expect(await within(dialog).findByText('不保持公司总目标时不能指定接收人。')).toBeTruthy();
    const receivers = within(dialog).getByLabelText('接收的销售');
    expect((receivers as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('转出数额'), { target: { value: '999999' } });
    fireEvent.change(within(dialog).getByLabelText('调整说明'), { target: { value: '休假' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保存调整/ }));

    expect(await within(dialog).findByText('超过该销售自生效日期起剩余的目标')).toBeTruthy();
    const item = within(dialog)
      .getByText('超过该销售自生效日期起剩余的目标')
      .closest('.ant-form-item');
    expect(item?.textContent).toContain('转出数额');
    expect(
      within(dialog)
        .getByText(/整体问题/)
        .closest('.ant-alert-error'),
    ).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      effectiveFrom: '2027-01-01',
      metric: 'revenue',
      fromRepId: LI,
      toRepIds: [],
      amount: 99_999_900,
      keepTotal: false,
      comment: '休假',
    });
    // The dialog stays open with what was typed.
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});

describe('the territory view', { timeout: 20_000 }, () => {
  const territories = {
    version: 2,
    items: [
      {
        territory: { id: ZHAO, name: '上海浦东' },
        index: 1.25,
        repIds: [WANG, LI],
        targets: { revenue: 50_000_000, new_customers: 7 },
      },
      {
        territory: { id: 't2', name: '杭州' },
        index: 0.75,
        repIds: [LI],
        targets: { revenue: 30_000_000, new_customers: 3 },
      },
    ],
    unattributed: { revenue: 10_000_000, new_customers: 2 },
  };

  it('lists each territory’s targets for the version on screen, formatted like the grid', async () => {
    const { calls } = stub('manager', 'draft', {
      [`GET ${BASE}/territories`]: json(200, territories),
    });
    renderPage();
    await grid();
    fireEvent.click(screen.getByText('按区域'));
    const table = await screen.findByRole('table', { name: '各区域的目标' });
    await within(table).findByText('上海浦东');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '区域潜力指数覆盖销售销售额新客户数',
      '上海浦东1.252¥500,000.007 家',
      '杭州0.751¥300,000.003 家',
      '未归属区域（销售未覆盖有潜力的区域）¥100,000.002 家',
    ]);
    expect(calls.find((c) => c.url.startsWith(`${BASE}/territories`))?.url).toBe(
      `${BASE}/territories?version=2`,
    );
    fireEvent.click(screen.getByText('按销售'));
    expect(await grid()).toBeTruthy();
  });

  it('says so when the reps cover no territory', async () => {
    stub('manager', 'draft', {
      [`GET ${BASE}/territories`]: json(200, { version: 2, items: [], unattributed: {} }),
    });
    renderPage();
    await grid();
    fireEvent.click(screen.getByText('按区域'));
    expect(await screen.findByText('暂无区域：销售未覆盖任何有潜力的区域')).toBeTruthy();
  });
});
