import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { SessionProvider } from '../../session/session-context.tsx';
import { type Call, json, stubFetch } from '../../test-fetch.ts';
import { aSession } from '../../test-session.ts';
import { PlanDetailPage } from './plan-detail-page.tsx';
import { aPlan, aPlanDetail, LI, PLAN_ID, someVersions, WANG } from './plan-fixtures.test-data.ts';
import { movesFor, type PlanStatus } from './plan-model.ts';

const BASE = `/api/v1/plans/${PLAN_ID}`;

const stub = (
  role: 'admin' | 'manager',
  status: PlanStatus = 'draft',
  locale = 'zh-CN',
  more: Parameters<typeof stubFetch>[0] = {},
) =>
  stubFetch({
    ...more,
    'GET /api/v1/auth/session': json(200, aSession({ role, locale })),
    [`GET ${BASE}`]: json(200, aPlanDetail(status)),
    [`GET ${BASE}/versions`]: json(200, someVersions()),
    [`GET ${BASE}/versions/1`]: json(200, {
      ...aPlanDetail(status),
      current: { ...aPlanDetail('draft').current, version: 1, change: 'created' },
    }),
    [`PUT ${BASE}/adjustments`]: json(200, aPlan({ version: 3 })),
    [`POST ${BASE}/submit`]: json(200, aPlan({ status: 'submitted', version: 3 })),
    [`POST ${BASE}/publish`]: json(200, aPlan({ status: 'published', version: 5 })),
  });

const renderPage = (path = `/plans/${PLAN_ID}`) =>
  render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <SessionProvider>
          <MemoryRouter initialEntries={[path]}>
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

/** The value shown under a statistic's title. */
const figure = (title: string) =>
  screen.getByText(title).closest('.ant-statistic')?.querySelector('.ant-statistic-content')
    ?.textContent;

const grid = () => screen.findByRole('table', { name: '各销售的目标' });
const writes = (calls: Call[]) =>
  calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.url}`);

afterEach(async () => {
  await act(() => i18n.changeLanguage('zh-CN'));
});

describe('movesFor', () => {
  it('lets managers submit, reopen and approve, and only admins publish', () => {
    expect(movesFor('manager', 'draft')).toEqual(['submit']);
    expect(movesFor('manager', 'submitted')).toEqual(['reopen', 'approve']);
    expect(movesFor('manager', 'approved')).toEqual([]);
    expect(movesFor('admin', 'approved')).toEqual(['publish']);
    expect(movesFor('admin', 'published')).toEqual([]);
    expect(movesFor('rep', 'draft')).toEqual([]);
  });
});

// The page renders a grid, a chart and a history: slow in jsdom on a busy machine.
describe('PlanDetailPage', { timeout: 20_000 }, () => {
  it('shows each rep’s targets by metric, marks adjusted, new and hard ones, and totals', async () => {
    stub('manager');
    renderPage();
    const table = await grid();
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('王芳');
    expect(rows[1]?.textContent).toContain('华东一组');
    expect(rows[1]?.textContent).toContain('已调整');
    expect(rows[1]?.textContent).toContain('¥600,000.00');
    expect(rows[1]?.textContent).toContain('8 家');
    expect(rows[2]?.textContent).toContain('李强新人');
    expect(rows[2]?.textContent).toContain('偏难');
    expect(within(table).getByText('¥900,000.00')).toBeTruthy();
    expect(screen.getByText('销售额：李强 的相对难度超过 1.2，目标相对其潜力偏高。')).toBeTruthy();

    // A row opens to its months.
    fireEvent.click(within(rows[2] as HTMLElement).getByRole('button', { name: /展开行|Expand/ }));
    const months = await screen.findByRole('table', { name: '李强 的分期目标' });
    expect(within(months).getAllByRole('row')[1]?.textContent).toBe('2027-01¥100,000.002 家');
  });

  it('explains a target in the drawer: the steps, months and the work it needs', async () => {
    stub('manager');
    renderPage();
    await grid();
    fireEvent.click(screen.getByRole('button', { name: '查看 李强 的销售额目标' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('李强 · 销售额')).toBeTruthy();
    const steps = within(drawer).getByRole('region', { name: '计算过程' }).querySelectorAll('li');
    expect([...steps].map((li) => li.textContent)).toEqual([
      '按历史业绩：占 30%（权重 100%）',
      '综合份额 30% × 分配总额 ¥900,000.00 = ¥270,000.00',
      '新人爬坡系数 50%（差额由全员按比例分摊）：+¥30,000.00',
      '取整：+¥0.00',
    ]);
    expect(
      within(drawer).getByText('需成交 6 单、商机 15 个、线索 60 条、拜访 30 次'),
    ).toBeTruthy();
    expect(
      within(drawer).getByText('李强 · 销售额目标 30000000 CNY：按历史业绩占 30%'),
    ).toBeTruthy();
  });

  it('adjusts a draft target with a required reason, then reads the plan again', async () => {
    const { calls } = stub('manager');
    renderPage();
    await grid();
    fireEvent.click(screen.getByRole('button', { name: '查看 李强 的销售额目标' }));
    const drawer = await screen.findByRole('dialog');
    const value = within(drawer).getByLabelText('调整后目标');
    expect((value as HTMLInputElement).value).toBe('300000.00');
    fireEvent.change(value, { target: { value: '250000' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保存调整/ }));
    expect(await within(drawer).findByText('请填写调整说明')).toBeTruthy();
    expect(writes(calls)).toEqual([]);

    fireEvent.change(within(drawer).getByLabelText('调整说明'), {
      target: { value: '新人首季度减免' },
    });
    const before = calls.filter((c) => c.url === BASE).length;
    fireEvent.click(within(drawer).getByRole('button', { name: /保存调整/ }));
    expect(await screen.findByText('已调整，其余销售已重新分摊')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      repId: LI,
      metric: 'revenue',
      value: 25_000_000,
      comment: '新人首季度减免',
    });
    await waitFor(() => expect(calls.filter((c) => c.url === BASE).length).toBe(before + 1));
  });

  it('removes an adjustment, with a reason too', async () => {
    const { calls } = stub('manager');
    renderPage();
    await grid();
    fireEvent.click(screen.getByRole('button', { name: '查看 王芳 的销售额目标' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('经理调整为 ¥600,000.00，调整说明：大客户续约')).toBeTruthy();
    fireEvent.change(within(drawer).getByLabelText('调整说明'), { target: { value: '续约取消' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /取消调整/ }));
    expect(await screen.findByText('已取消调整')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      repId: WANG,
      metric: 'revenue',
      value: null,
      comment: '续约取消',
    });
  });

  it('submits a draft after confirmation', async () => {
    const { calls } = stub('manager');
    renderPage();
    await grid();
    expect(screen.queryByRole('button', { name: /发\s?布/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /提交审批/ }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm.textContent).toContain('提交后将不能调整');
    fireEvent.click(within(confirm).getByRole('button', { name: /提交审批/ }));
    expect(await screen.findByText('已提交审批')).toBeTruthy();
    expect(writes(calls)).toEqual([`POST ${BASE}/submit`]);
  });

  it('offers a manager nothing on an approved plan, and an admin publishing', async () => {
    stub('manager', 'approved');
    const first = renderPage();
    await grid();
    expect(screen.queryByRole('button', { name: /发\s?布|审批通过|提交审批|重新测算/ })).toBeNull();
    expect(screen.queryByLabelText('调整后目标')).toBeNull();
    first.unmount();

    const { calls } = stub('admin', 'approved');
    renderPage();
    await grid();
    fireEvent.click(screen.getByRole('button', { name: /^cloud-upload 发布$/ }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: /发\s?布/ }));
    expect(await screen.findByText(/已发布，销售可在/)).toBeTruthy();
    expect(writes(calls)).toEqual([`POST ${BASE}/publish`]);
  });

  it('a published plan is read-only: no adjustment in the drawer', async () => {
    stub('admin', 'published');
    renderPage();
    await grid();
    expect(screen.getByText(/计划已发布，目标为只读/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '查看 王芳 的销售额目标' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).queryByLabelText('调整后目标')).toBeNull();
  });

  it('shows the fairness of the split and the history, and opens an older version read-only', async () => {
    const { calls } = stub('manager');
    renderPage();
    await grid();
    expect(screen.getByRole('img', { name: '销售额：目标与市场潜力' })).toBeTruthy();
    expect(figure('难度变异系数 CV')).toBe('0.33');
    expect(figure('基尼系数')).toBe('0.17');
    expect(figure('偏难人数')).toBe('1');
    // 李强 is ramping (1.5), 王芳 a veteran (0.75).
    expect(figure('新人平均相对难度')).toBe('1.50');
    expect(figure('老销售平均相对难度')).toBe('0.75');

    const history = screen.getByRole('table', { name: '版本记录' });
    expect(within(history).getAllByRole('row')[1]?.textContent).toContain('调整目标：大客户续约');
    fireEvent.click(within(history).getByRole('button', { name: '查看此版本' }));
    expect(await screen.findByText('正在查看第 1 版（只读），当前为第 2 版。')).toBeTruthy();
    expect(calls.some((c) => c.url === `${BASE}/versions/1`)).toBe(true);
    expect(screen.queryByRole('button', { name: /提交审批/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '返回当前版本' }));
    expect(await screen.findByRole('button', { name: /提交审批/ })).toBeTruthy();
  });

  it('exports the version on screen, and lists every problem of a refused import by cell', async () => {
    const { calls } = stub('manager', 'draft', 'zh-CN', {
      [`POST ${BASE}/adjustments/import`]: json(400, {
        error: {
          code: 'validation.failed',
          message: 'invalid input',
          details: {
            issues: [
              {
                path: '目标!J4',
                code: 'comment_required',
                message: '填写了调整值时必须写调整说明',
              },
              { path: '目标!A9', code: 'unknown_unit', message: '未知单元编号“nobody”' },
            ],
          },
        },
      }),
    });
    const { container } = renderPage();
    await grid();
    const download = screen.getByRole('link', { name: /导出 Excel/ });
    expect(download.getAttribute('href')).toBe(`${BASE}/export.xlsx?version=2&locale=zh-CN`);

    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([new Uint8Array([80, 75, 3, 4])], '目标计划.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    fireEvent.change(input, { target: { files: [file] } });
    const problems = await screen.findByRole('table', {
      name: '文件有 2 处问题，计划未作任何修改',
    });
    const rows = within(problems).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '单元格问题',
      '目标!J4填写了调整值时必须写调整说明',
      '目标!A9未知单元编号“nobody”',
    ]);
    const sent = calls.find((c) => c.method === 'POST');
    expect(sent?.url).toBe(`${BASE}/adjustments/import?locale=zh-CN`);
    expect(sent?.headers['Content-Type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sent?.headers['X-CSRF-Token']).toBeTruthy();
  });

  it('imports a filled-in workbook and reads the plan again', async () => {
    const { calls } = stub('manager', 'draft', 'zh-CN', {
      [`POST ${BASE}/adjustments/import`]: json(200, {
        plan: aPlan({ version: 3 }),
        changed: 2,
        unchanged: 0,
      }),
    });
    const { container } = renderPage();
    await grid();
    const before = calls.filter((c) => c.url === BASE).length;
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'plan.xlsx')] } });
    expect(await screen.findByText('已导入 2 项调整，生成新版本')).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.url === BASE).length).toBe(before + 1));
  });

  it('offers no import outside drafts', async () => {
    stub('admin', 'published');
    const { container } = renderPage();
    await grid();
    expect(screen.getByRole('link', { name: /导出 Excel/ })).toBeTruthy();
    expect(container.querySelector('input[type="file"]')).toBeNull();
  });

  it('speaks English, with the steps worded in English', async () => {
    stub('manager', 'draft', 'en');
    renderPage();
    await screen.findByRole('table', { name: 'Targets by rep' });
    fireEvent.click(screen.getByRole('button', { name: '销售额 target of 李强' }));
    const drawer = await screen.findByRole('dialog');
    const steps = within(drawer)
      .getByRole('region', { name: 'How it was worked out' })
      .querySelectorAll('li');
    expect(steps[0]?.textContent).toBe('By past results: 30% (weight 100%)');
    expect(
      within(drawer).getByText('Needs 6 won deals, 15 opportunities, 60 leads, 30 visits'),
    ).toBeTruthy();
    // The calculator's own sentence is in the workspace's language (Chinese): not shown here.
    expect(within(drawer).queryByText(/按历史业绩占/)).toBeNull();
  });
});
