import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { SessionProvider } from '../../session/session-context.tsx';
import { type Call, json, stubFetch } from '../../test-fetch.ts';
import { aSession } from '../../test-session.ts';
import { aPlan, PLAN_ID } from './plan-fixtures.test-data.ts';
import { planFieldOf, toCreateBody } from './plan-form-values.ts';
import { PlansPage } from './plans-page.tsx';

const metric = (key: string, name: string, kind: string) => ({
  id: `id-${key}`,
  key,
  name,
  kind,
  unit: kind === 'amount' ? 'CNY' : '家',
  precision: 0,
  active: true,
});

const METRICS = {
  items: [
    metric('revenue', '销售额', 'amount'),
    metric('new_customers', '新客户数', 'count'),
    metric('lead_conversion', '线索转化率', 'rate'),
  ],
};

const stub = (create?: (call: Call) => ReturnType<typeof json>) =>
  stubFetch({
    'GET /api/v1/auth/session': json(200, aSession()),
    'GET /api/v1/plans': json(200, {
      items: [
        aPlan(),
        aPlan({
          id: 'p2',
          name: '2026 年度目标',
          periodKind: 'year',
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          status: 'published',
          version: 7,
        }),
      ],
      nextCursor: 'next',
      total: 60,
      totalCapped: false,
    }),
    'GET /api/v1/metrics': json(200, METRICS),
    'POST /api/v1/plans': create ?? (() => json(201, aPlan({ version: 1 }))),
    [`GET /api/v1/plans/${PLAN_ID}`]: json(404, {
      error: { code: 'plan.not_found', message: 'x' },
    }),
  });

const renderPage = () =>
  render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <SessionProvider>
          <MemoryRouter initialEntries={['/plans']}>
            <RequireSession>
              <Routes>
                <Route path="/plans" element={<PlansPage />} />
                <Route path="/plans/:id" element={<p>detail page</p>} />
              </Routes>
            </RequireSession>
          </MemoryRouter>
        </SessionProvider>
      </AntApp>
    </I18nextProvider>,
  );

describe('PlansPage', { timeout: 20_000 }, () => {
  it('lists plans with period, status, version and a next page', async () => {
    const { calls } = stub();
    renderPage();
    const link = await screen.findByRole('link', { name: '2027 年度目标' }, { timeout: 5000 });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('季度 2027-01-01 ~ 2027-03-31');
    expect(rows[0]?.textContent).toContain('草稿');
    expect(rows[0]?.textContent).toContain('v2');
    expect(rows[1]?.textContent).toContain('已发布');
    expect(rows[1]?.textContent).toContain('年度 2026-01-01 ~ 2026-12-31');
    expect(calls.find((c) => c.url.startsWith('/api/v1/plans?'))?.url).toContain('limit=20');
    fireEvent.click(link);
    expect(await screen.findByText('detail page')).toBeTruthy();
  });

  it('creates a plan from the form and opens it', async () => {
    const { calls } = stub();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /新建计划/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('计划名称'), {
      target: { value: '2027 一季度目标' },
    });
    fireEvent.change(within(dialog).getByLabelText('公司目标'), { target: { value: '900000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /创建并测算/ }));
    expect(await screen.findByText('detail page')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      name: '2027 一季度目标',
      periodKind: 'year',
      split: 'month',
      metrics: [
        {
          metric: 'revenue',
          target: 90_000_000,
          historyBase: 'same_period_last_year',
          method: {
            drivers: [
              { driver: 'history', weight: 0.5 },
              { driver: 'potential', weight: 0.5 },
            ],
          },
        },
      ],
    });
    expect((post?.body as { periodStart?: string } | undefined)?.periodStart).toMatch(
      /^\d{4}-01-01$/,
    );
  });

  it('asks for a name before sending, then shows the server’s issues next to their fields', async () => {
    const { calls } = stub(() =>
      json(400, {
        error: {
          code: 'validation.failed',
          message: 'invalid',
          details: {
            issues: [
              {
                path: 'plan.metrics[0].method.drivers[0].driver',
                message: 'the history inputs of revenue sum to 0 over the units to allocate',
                code: 'plan_problem',
              },
              { path: 'periodStart', message: 'not the first day', code: 'plan_period_start' },
            ],
          },
        },
      }),
    );
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /新建计划/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /创建并测算/ }));
    await waitFor(() => expect(within(dialog).getAllByText('此项必填').length).toBe(2));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('计划名称'), { target: { value: '试算' } });
    fireEvent.change(within(dialog).getByLabelText('公司目标'), { target: { value: '100' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /创建并测算/ }));
    expect(
      await within(dialog).findByText(
        '按当前输入无法测算目标: the history inputs of revenue sum to 0 over the units to allocate',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText('须为年、季度或月的第一天')).toBeTruthy();
    expect(within(dialog).getByText(/提交的内容有误/)).toBeTruthy();
  });
});

describe('plan form values', () => {
  it('maps the calculator’s paths onto the form', () => {
    expect(planFieldOf(['plan', 'metrics', 1, 'method', 'drivers', 0, 'driver'])).toEqual([
      'metrics',
      1,
      'drivers',
      0,
      'driver',
    ]);
    expect(planFieldOf(['metrics', 0, 'target'])).toEqual(['metrics', 0, 'target']);
    expect(planFieldOf(['name'])).toEqual(['name']);
    expect(planFieldOf(['plan', 'units', 3, 'potential'])).toBeNull();
    expect(planFieldOf(['metrics'])).toBeNull();
  });

  it('sends the driver of each level of a top-down plan, the metrics’ own where none is chosen', () => {
    const body = toCreateBody(
      {
        name: '年度',
        periodKind: 'year',
        periodStart: { year: () => 2027, month: () => 0 } as never,
        split: 'month',
        allocation: 'top_down',
        levels: ['potential', null, 'history'],
        metrics: [
          { metric: 'visits', target: 100, historyBase: 'same_period_last_year', drivers: [] },
        ],
      },
      [{ key: 'visits', kind: 'count' }],
    );
    expect(body).toMatchObject({
      allocation: 'top_down',
      levelMethods: [
        { drivers: [{ driver: 'potential', weight: 1 }] },
        null,
        { drivers: [{ driver: 'history', weight: 1 }] },
      ],
    });
  });

  it('sends amounts in 分 and counts as they are; a month plan is split by month', () => {
    const body = toCreateBody(
      {
        name: ' 三月 ',
        periodKind: 'month',
        periodStart: { year: () => 2027, month: () => 2 } as never,
        split: 'quarter',
        allocation: 'direct',
        levels: [null, 'history', null],
        metrics: [
          { metric: 'revenue', target: 1234.56, historyBase: 'trailing_12_months', drivers: [] },
          {
            metric: 'new_customers',
            target: 12,
            historyBase: 'same_period_last_year',
            drivers: [{ driver: 'even', weight: 100 }],
          },
        ],
      },
      [
        { key: 'revenue', kind: 'amount' },
        { key: 'new_customers', kind: 'count' },
      ],
    );
    expect(body).toEqual({
      name: '三月',
      periodKind: 'month',
      periodStart: '2027-03-01',
      split: 'month',
      allocation: 'direct',
      metrics: [
        { metric: 'revenue', target: 123456, historyBase: 'trailing_12_months' },
        {
          metric: 'new_customers',
          target: 12,
          historyBase: 'same_period_last_year',
          method: { drivers: [{ driver: 'even', weight: 1 }] },
        },
      ],
    });
  });
});
