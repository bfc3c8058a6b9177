import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { OptimizeResult } from '../../../../src/contracts/assignments.ts';
import { i18n } from '../../i18n/i18n.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { SessionProvider } from '../../session/session-context.tsx';
import { type Call, json, stubFetch } from '../../test-fetch.ts';
import { aSession } from '../../test-session.ts';
import { BatchAssignmentPage, uplift } from './batch-assignment-page.tsx';

const REP_A = '00000000-0000-4000-8000-00000000000a';
const REP_B = '00000000-0000-4000-8000-00000000000b';
const LEAD = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;

const session = aSession({ email: 'manager@example.cn', name: '经理', role: 'manager' });

/** Two leads for two reps; the third has nobody eligible. Greedy gets 80 + 10, the plan 60 + 50. */
const plan = (applied: boolean, locale: string): OptimizeResult => ({
  applied,
  leads: 3,
  assigned: 2,
  total: 110,
  greedyTotal: 90,
  feasible: false,
  items: [
    {
      leadId: LEAD(1),
      leadName: '张伟',
      repId: REP_B,
      leadValue: 100,
      winRate: 0.6,
      value: 60,
      reason: null,
      text: locale === 'en' ? 'Assigned to 李强 by batch optimisation' : '批量最优分配给 李强',
    },
    {
      leadId: LEAD(2),
      leadName: '李娜',
      repId: REP_A,
      leadValue: 100,
      winRate: 0.5,
      value: 50,
      reason: null,
      text: '批量最优分配给 王芳',
    },
    {
      leadId: LEAD(3),
      leadName: '赵敏',
      repId: null,
      leadValue: 50,
      winRate: null,
      value: 0,
      reason: 'no_eligible_rep',
      text: null,
    },
  ],
  reps: [
    { repId: REP_A, name: '王芳', capacity: 1, floor: 1, assigned: 1, shortfall: 0 },
    { repId: REP_B, name: '李强', capacity: 1, floor: 2, assigned: 1, shortfall: 1 },
  ],
});

const stub = (reply?: (call: Call) => ReturnType<typeof json>) =>
  stubFetch({
    'GET /api/v1/auth/session': json(200, session),
    'POST /api/v1/assignments/optimize':
      reply ??
      ((call) => {
        const body = call.body as { apply?: boolean; locale: string };
        return json(200, plan(body.apply === true, body.locale));
      }),
  });

const renderPage = () =>
  render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <SessionProvider>
          <MemoryRouter initialEntries={['/routing/batch']}>
            <RequireSession>
              <BatchAssignmentPage />
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

/** The page's own button (a confirmation may hold one of the same name). */
const applyButton = () => screen.getAllByRole('button', { name: /应用方案/ })[0]!;

const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST').map((c) => c.body);

afterEach(async () => {
  await act(() => i18n.changeLanguage('zh-CN'));
});

describe('uplift', () => {
  it('is the gain over greedy as a share of greedy, none when greedy is 0', () => {
    expect(uplift(110, 100)).toBeCloseTo(0.1);
    expect(uplift(5, 0)).toBeNull();
  });
});

describe('BatchAssignmentPage', () => {
  it('plans a dry run with the chosen settings and shows totals, reps and leads', async () => {
    const { calls } = stub();
    renderPage();
    const apply = await screen.findByRole('button', { name: /应用方案/ });
    expect(apply.hasAttribute('disabled')).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: '按预计金额' }));
    fireEvent.click(screen.getByRole('switch', { name: '公平下限' }));
    fireEvent.click(screen.getByRole('button', { name: /生成方案/ }));

    const leads = await screen.findByRole('table', { name: '各线索的去向' });
    expect(posts(calls)).toEqual([{ valueBy: 'amount', slack: 1, locale: 'zh-CN' }]);
    expect(figure('总期望价值')).toBe('110.00');
    expect(figure('逐条贪心')).toBe('90.00');
    expect(figure('提升')).toBe('22.2%');
    expect(screen.getByText(/部分销售的公平下限无法满足/)).toBeTruthy();
    const rows = within(leads).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '张伟李强10060.0%60.00批量最优分配给 李强',
      '李娜王芳10050.0%50.00批量最优分配给 王芳',
      '赵敏无可分配销售50—0.00—',
    ]);
    const reps = screen.getByRole('table', { name: '各销售的分配' });
    expect(within(reps).getAllByRole('row')[2]?.textContent).toBe('李强1211');
    expect(apply.hasAttribute('disabled')).toBe(false);
  });

  it('applies the same batch after confirmation and says how many were assigned', async () => {
    const { calls } = stub();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /生成方案/ }));
    await screen.findByRole('table', { name: '各线索的去向' });

    fireEvent.click(screen.getByRole('button', { name: /应用方案/ }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm.textContent).toContain('将 2 条线索按此方案分配？');
    fireEvent.click(within(confirm).getByRole('button', { name: /应用方案/ }));

    expect(await screen.findByText(/方案已应用：2 条线索已分配/)).toBeTruthy();
    expect(posts(calls).at(-1)).toEqual({
      valueBy: 'score',
      leadIds: [LEAD(1), LEAD(2), LEAD(3)],
      apply: true,
      locale: 'zh-CN',
    });
    expect(applyButton().hasAttribute('disabled')).toBe(true);
  });

  it('changed settings must be planned again before applying', async () => {
    stub();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /生成方案/ }));
    await screen.findByRole('table', { name: '各线索的去向' });
    fireEvent.click(screen.getByRole('switch', { name: '公平下限' }));
    expect(screen.getByText('设置已改动，请重新生成方案后再应用。')).toBeTruthy();
    expect(screen.getByRole('button', { name: /应用方案/ }).hasAttribute('disabled')).toBe(true);
  });

  it('says so when no routing policy is published, in the UI language', async () => {
    stub(() =>
      json(409, {
        error: { code: 'routing.not_published', message: 'publish a routing policy first' },
      }),
    );
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /生成方案/ }));
    expect(await screen.findByText('尚未发布分配规则，请先发布。')).toBeTruthy();
  });

  it('plans again in English when the language changes', async () => {
    const { calls } = stub();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /生成方案/ }));
    await screen.findByText('批量最优分配给 李强');
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText('Assigned to 李强 by batch optimisation')).toBeTruthy();
    expect(posts(calls).at(-1)).toEqual({ valueBy: 'score', locale: 'en' });
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: 'Expected value' })).toBeTruthy(),
    );
  });
});
