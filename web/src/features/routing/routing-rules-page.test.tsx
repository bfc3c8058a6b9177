import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoutingPolicyVersion, RoutingPreview } from '../../../../src/contracts/routing.ts';
import { RepsProvider } from '../../api/reps-directory.tsx';
import { i18n } from '../../i18n/i18n.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { SessionProvider } from '../../session/session-context.tsx';
import { type Call, json, type Reply, stubFetch } from '../../test-fetch.ts';
import { aSession } from '../../test-session.ts';
import type { PolicyDocument } from './policy-form-values.ts';
import { RoutingRulesPage } from './routing-rules-page.tsx';

const REP_A = '00000000-0000-4000-8000-00000000000a';
const REP_B = '00000000-0000-4000-8000-00000000000b';
const ADMIN_ID = '00000000-0000-4000-8000-0000000000ad';

const session = (role: 'admin' | 'manager') => aSession({ id: ADMIN_ID, role });

const rep = (id: string, code: string, name: string) => ({
  id,
  code,
  name,
  teamId: null,
  email: null,
  phone: null,
  level: 'regular',
  hiredOn: null,
  active: true,
  tags: [],
  attrs: {},
  weight: 1,
  capPerDay: null,
  capPerWeek: null,
  capPerMonth: null,
  maxOpen: null,
  away: [],
  mentorId: null,
  lastAssignedAt: null,
  userId: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
});

const version = (
  n: number,
  status: RoutingPolicyVersion['status'],
  document: PolicyDocument,
): RoutingPolicyVersion => ({
  id: `00000000-0000-4000-8000-00000000010${n}`,
  version: n,
  status,
  document,
  createdBy: ADMIN_ID,
  createdAt: '2025-03-01T02:00:00Z',
  updatedAt: '2025-03-01T02:00:00Z',
  publishedAt: status === 'draft' ? null : '2025-03-02T02:00:00Z',
  publishedBy: status === 'draft' ? null : ADMIN_ID,
});

const DRAFT: PolicyDocument = {
  rules: [
    {
      id: '华东',
      when: { field: 'region', op: 'eq', value: '上海' },
      to: { reps: [REP_A] },
      method: 'weighted',
    },
  ],
};
const PUBLISHED: PolicyDocument = { rules: [{ id: '全部', method: 'round_robin' }] };

const api = (role: 'admin' | 'manager', extra: Record<string, Reply | ((c: Call) => Reply)> = {}) =>
  stubFetch({
    'GET /api/v1/auth/session': json(200, session(role)),
    'GET /api/v1/reps': json(200, {
      items: [rep(REP_A, 'S001', '王芳'), rep(REP_B, 'S002', '李强')],
      nextCursor: null,
    }),
    'GET /api/v1/teams': json(200, { items: [], nextCursor: null }),
    'GET /api/v1/users': json(200, {
      items: [{ ...session('admin').user }],
      nextCursor: null,
    }),
    'GET /api/v1/routing/policy': json(200, {
      draft: version(2, 'draft', DRAFT),
      published: version(1, 'published', PUBLISHED),
    }),
    'GET /api/v1/routing/policy/versions': json(200, {
      items: [version(2, 'draft', DRAFT), version(1, 'published', PUBLISHED)],
    }),
    ...extra,
  });

const renderPage = () =>
  render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <SessionProvider>
          <MemoryRouter initialEntries={['/routing/rules']}>
            <RequireSession>
              <RepsProvider>
                <RoutingRulesPage />
              </RepsProvider>
            </RequireSession>
          </MemoryRouter>
        </SessionProvider>
      </AntApp>
    </I18nextProvider>,
  );

const ruleCard = (n: number) => screen.getByRole('group', { name: new RegExp(`^规则 ${n}：`) });
const button = (name: RegExp) => screen.getByRole('button', { name });

afterEach(async () => {
  await act(() => i18n.changeLanguage('zh-CN'));
});

// The whole page (editor, preview, versions) renders many antd controls: slow in jsdom on a
// busy machine.
configure({ asyncUtilTimeout: 5_000 });

describe('RoutingRulesPage', { timeout: 30_000 }, () => {
  it('shows the draft in the editor, its status and the versions', async () => {
    api('admin');
    renderPage();
    const card = await screen.findByRole('group', { name: '规则 1：华东' });
    expect(within(card).getByDisplayValue('华东')).toBeTruthy();
    expect(within(card).getByText('按权重')).toBeTruthy();
    expect(within(card).getByText('等于')).toBeTruthy();
    expect(within(card).getByDisplayValue('上海')).toBeTruthy();
    expect(await within(card).findByText('王芳 (S001)')).toBeTruthy();
    expect(screen.getByText('草稿 v2 · 未发布')).toBeTruthy();
    expect(screen.getByText('生效中 v1')).toBeTruthy();
    expect(await screen.findByText('v1')).toBeTruthy();
    expect(screen.getAllByText(/^管理员/).length).toBeGreaterThan(0);
    // Nothing edited: publishing the saved draft is possible, saving again is not.
    expect(button(/保存草稿/).hasAttribute('disabled')).toBe(true);
    expect(button(/发\s?布/).hasAttribute('disabled')).toBe(false);
  });

  it('saving shows each server issue next to the rule field it names', async () => {
    const { calls } = api('admin', {
      'PUT /api/v1/routing/policy/draft': json(400, {
        error: {
          code: 'validation.failed',
          message: 'invalid',
          details: {
            issues: [
              {
                path: 'rules[1].id',
                code: 'duplicate_rule_id',
                message: 'rule id 华东 is used twice',
              },
              { path: 'rules.0.to.reps.0', code: 'unknown_rep', message: 'unknown rep' },
            ],
          },
        },
      }),
    });
    renderPage();
    await screen.findByRole('group', { name: '规则 1：华东' });

    fireEvent.click(button(/添加规则/));
    const added = await screen.findByRole('group', { name: '规则 2：规则2' });
    fireEvent.change(within(added).getByDisplayValue('规则2'), { target: { value: '华东' } });
    expect(await screen.findByText('有未保存的修改')).toBeTruthy();
    expect(button(/发\s?布/).hasAttribute('disabled')).toBe(true);

    fireEvent.click(button(/保存草稿/));

    expect(await within(ruleCard(2)).findByText('规则名称重复')).toBeTruthy();
    expect(within(ruleCard(1)).getByText('销售代表不存在')).toBeTruthy();
    expect(within(ruleCard(1)).queryByText('规则名称重复')).toBeNull();
    expect(screen.getByText('提交的内容有误，请检查标红的字段。')).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.headers['X-CSRF-Token']).toBe('csrf-1');
    expect((put?.body as PolicyDocument | undefined)?.rules?.map((r) => r.id)).toEqual([
      '华东',
      '华东',
    ]);
  });

  it('moves a rule with the keyboard-usable buttons and keeps the focus on it', async () => {
    api('admin', {
      'GET /api/v1/routing/policy': json(200, {
        draft: version(2, 'draft', {
          rules: [...(DRAFT.rules ?? []), { id: '其他', method: 'least_loaded' }],
        }),
        published: null,
      }),
    });
    renderPage();
    await screen.findByRole('group', { name: '规则 2：其他' });
    const down = button(/下移规则 华东/);
    fireEvent.click(down);
    expect(await screen.findByRole('group', { name: '规则 1：其他' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '规则 2：华东' })).toBeTruthy();
    // At the bottom "down" is disabled, so the focus moves to "up" of the same rule.
    await waitFor(() => expect(document.activeElement).toBe(button(/上移规则 华东/)));
    expect(screen.getByText('规则 华东 已移到第 2 位')).toBeTruthy();
  });

  it('previews the editor document, unsaved edits included, and shows the per-rep figures', async () => {
    const preview: RoutingPreview = {
      from: '2025-02-01T00:00:00Z',
      to: '2025-03-03T00:00:00Z',
      truncated: false,
      items: [
        {
          leadId: null,
          name: '张伟',
          at: '2025-03-01T02:00:00Z',
          draft: {
            outcome: 'assigned',
            repId: REP_A,
            ruleId: '上海',
            method: 'weighted',
            text: '规则 上海 匹配（地区=上海），以按权重方式分配给 王芳。',
          },
          published: {
            outcome: 'assigned',
            repId: REP_B,
            ruleId: '全部',
            method: 'round_robin',
            text: '规则 全部 匹配，以轮流方式分配给 李强。',
          },
          changed: true,
        },
      ],
      reps: [
        {
          repId: REP_A,
          name: '王芳',
          weight: 2,
          weightShare: 0.6667,
          draft: { count: 12, share: 0.6, capHits: 3, slaExpiries: 1 },
          published: { count: 10, share: 0.5, capHits: 0, slaExpiries: 2 },
        },
        {
          repId: REP_B,
          name: '李强',
          weight: 1,
          weightShare: 0.3333,
          draft: { count: 8, share: 0.4, capHits: 0, slaExpiries: 0 },
          published: { count: 10, share: 0.5, capHits: 4, slaExpiries: 0 },
        },
      ],
      totals: {
        leads: 20,
        changed: 5,
        draft: { assigned: 20 },
        published: { assigned: 20 },
      },
    };
    const { calls } = api('admin', { 'POST /api/v1/routing/preview': json(200, preview) });
    renderPage();
    await screen.findByRole('group', { name: '规则 1：华东' });
    fireEvent.change(screen.getByDisplayValue('华东'), { target: { value: '上海' } });
    await screen.findByText('有未保存的修改');

    fireEvent.click(button(/预\s?览/));

    const perRep = (await screen.findByText('按销售代表')).nextElementSibling as HTMLElement;
    const rowOf = (name: string) =>
      within(perRep).getByText(name).closest('tr') as HTMLTableRowElement;
    expect(within(rowOf('王芳')).getByText('66.7%')).toBeTruthy();
    expect(within(rowOf('王芳')).getByText('60.0%')).toBeTruthy();
    expect(within(rowOf('王芳')).getByText('+2')).toBeTruthy();
    expect(within(rowOf('王芳')).getByText('3 / 0')).toBeTruthy();
    expect(within(rowOf('李强')).getByText('-2')).toBeTruthy();
    expect(within(rowOf('李强')).getByText('0 / 4')).toBeTruthy();
    expect(screen.getByText('结果有变化')).toBeTruthy();
    expect(screen.getByText('有变化')).toBeTruthy();

    const body = calls.find((c) => c.url.endsWith('/routing/preview'))?.body as {
      policy: PolicyDocument;
      lastDays: number;
      locale: string;
    };
    expect(body.lastDays).toBe(30);
    expect(body.locale).toBe('zh-CN');
    expect(body.policy.rules?.[0]?.id).toBe('上海');
  });

  it('a preview refused for the policy marks the named rule field', async () => {
    api('admin', {
      'POST /api/v1/routing/preview': json(400, {
        error: {
          code: 'validation.failed',
          message: 'invalid',
          details: {
            issues: [{ path: 'rules[0].to.reps[0]', code: 'unknown_rep', message: 'unknown rep' }],
          },
        },
      }),
    });
    renderPage();
    await screen.findByRole('group', { name: '规则 1：华东' });
    fireEvent.click(button(/预\s?览/));
    expect(await within(ruleCard(1)).findByText('销售代表不存在')).toBeTruthy();
    expect(screen.getByText('规则有误，请检查左侧标红的字段。')).toBeTruthy();
  });

  it('says when nothing is published and when the period has no leads', async () => {
    api('admin', {
      'POST /api/v1/routing/preview': json(200, {
        from: '2025-02-01T00:00:00Z',
        to: '2025-03-03T00:00:00Z',
        truncated: false,
        items: [],
        reps: [],
        totals: { leads: 0, changed: 0, draft: {}, published: null },
      }),
    });
    renderPage();
    await screen.findByRole('group', { name: '规则 1：华东' });
    fireEvent.click(button(/预\s?览/));
    expect(await screen.findByText('这段时间内没有线索。')).toBeTruthy();
  });

  it('is read-only for managers: no save or publish, fields disabled, preview allowed', async () => {
    api('manager');
    renderPage();
    const card = await screen.findByRole('group', { name: '规则 1：华东' });
    expect(screen.getByText('只读')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /保存草稿/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /发\s?布/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /添加规则/ })).toBeNull();
    expect(within(card).getByDisplayValue('华东').hasAttribute('disabled')).toBe(true);
    expect(button(/预\s?览/).hasAttribute('disabled')).toBe(false);
  });
});
