import { render, screen, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { SessionProvider } from '../../session/session-context.tsx';
import { json, stubFetch } from '../../test-fetch.ts';
import { aSession } from '../../test-session.ts';
import { MyTargetsPage } from './my-targets-page.tsx';
import { aPlan, aPlanDetail, LI, PLAN_ID } from './plan-fixtures.test-data.ts';
import type { PlanDetail } from './plan-model.ts';

/** What the API answers a rep: the published plan cut to their own targets. */
const ownView = (): PlanDetail => {
  const plan = aPlanDetail('published');
  const { result, input } = plan.current;
  return {
    ...plan,
    publishedAt: '2026-12-03T01:00:00.000Z',
    current: {
      ...plan.current,
      input: { ...input, units: input.units.filter((u) => u.id === LI), teams: [] },
      result: {
        ...result,
        targets: result.targets.filter((t) => t.unit === LI),
        fairness: {},
        warnings: [],
      },
    },
  };
};

const stub = (items: unknown[], repId: string | null = LI, locale = 'zh-CN') =>
  stubFetch({
    'GET /api/v1/auth/session': json(200, aSession({ role: 'rep', repId, locale })),
    'GET /api/v1/plans': json(200, { items, nextCursor: null, total: items.length }),
    [`GET /api/v1/plans/${PLAN_ID}`]: json(200, ownView()),
  });

const renderPage = () =>
  render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <SessionProvider>
          <MemoryRouter initialEntries={['/my-targets']}>
            <RequireSession>
              <MyTargetsPage />
            </RequireSession>
          </MemoryRouter>
        </SessionProvider>
      </AntApp>
    </I18nextProvider>,
  );

afterEach(() => {
  void i18n.changeLanguage('zh-CN');
});

describe('MyTargetsPage', { timeout: 20_000 }, () => {
  it('shows the rep’s targets: figure, months with the work they need, and the derivation', async () => {
    stub([aPlan({ status: 'published', publishedAt: '2026-12-03T01:00:00.000Z' })]);
    renderPage();
    const revenue = await screen.findByRole('region', { name: '销售额' });
    expect(within(revenue).getByText('¥300,000.00')).toBeTruthy();
    expect(
      within(revenue).getByText('需成交 6 单、商机 15 个、线索 60 条、拜访 30 次'),
    ).toBeTruthy();
    expect(
      within(revenue).getByText('新人爬坡系数 50%（差额由全员按比例分摊）：+¥30,000.00'),
    ).toBeTruthy();
    const months = within(revenue).getByRole('table', { name: '销售额的分期目标' });
    expect(within(months).getAllByRole('row')[1]?.textContent).toBe(
      '2027-01¥100,000.00需成交 2 单、商机 5 个、线索 20 条、拜访 10 次',
    );
    const customers = screen.getByRole('region', { name: '新客户数' });
    expect(within(customers).getByText('4 家')).toBeTruthy();
    expect(within(customers).getByText('此计划未设置转化漏斗，暂无所需活动的测算。')).toBeTruthy();
    expect(screen.getByText('发布于 2026-12-03')).toBeTruthy();
  });

  it('says so when nothing is published yet', async () => {
    stub([]);
    renderPage();
    expect(await screen.findByText('暂无已发布的目标计划。')).toBeTruthy();
  });

  it('says so when the account is not a rep', async () => {
    stub([], null);
    renderPage();
    expect(await screen.findByText('你的账号未关联销售代表，没有个人目标。')).toBeTruthy();
  });

  it('reads in English', async () => {
    stub([aPlan({ status: 'published' })], LI, 'en');
    renderPage();
    const revenue = await screen.findByRole('region', { name: '销售额' });
    expect(
      within(revenue).getByText('Needs 6 won deals, 15 opportunities, 60 leads, 30 visits'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'My targets' })).toBeTruthy();
  });
});
