import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationPage } from '../../../../src/contracts/notifications.ts';
import { i18n } from '../../i18n/i18n.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { SessionProvider } from '../../session/session-context.tsx';
import { type Call, json, type Reply, stubFetch } from '../../test-fetch.ts';
import { aSession } from '../../test-session.ts';
import { NotificationBell } from './notification-bell.tsx';
import { POLL_MS } from './use-unread-count.ts';

const LEAD = '00000000-0000-4000-8000-0000000000e1';
const REP = '00000000-0000-4000-8000-0000000000a1';

const session = aSession({
  id: '00000000-0000-4000-8000-0000000000u1',
  email: 'wang@example.cn',
  name: '王芳',
  role: 'rep',
  dataScope: 'self',
  repId: REP,
});

type Notice = NotificationPage['items'][number];

const notice = (n: number, text: string, read = false): Notice => ({
  id: `00000000-0000-4000-8000-00000000010${n}`,
  kind: 'lead_assigned',
  leadId: LEAD,
  repId: REP,
  params: { lead: `线索${n}` },
  text,
  at: new Date(Date.now() - n * 5 * 60_000).toISOString(),
  readAt: read ? '2025-01-01T00:00:00Z' : null,
});

const FIRST = notice(1, '新线索「张伟」已分配给你');
const SECOND = notice(2, '新线索「李娜」已分配给你');
const OLD = notice(3, '新线索「赵敏」已分配给你', true);

/** The inbox as the server keeps it: unread count, pages of two, mark read. */
const inbox = (items: Notice[], extra: Record<string, Reply | ((c: Call) => Reply)> = {}) => {
  let notices = [...items];
  const unread = () => notices.filter((n) => n.readAt === null).length;
  return stubFetch({
    'GET /api/v1/auth/session': json(200, session),
    'GET /api/v1/notifications': (call) => {
      const query = new URL(call.url, 'http://x').searchParams;
      const shown = notices.filter((n) => query.get('unread') !== 'true' || n.readAt === null);
      const start = Number(query.get('cursor') ?? 0);
      const limit = Number(query.get('limit'));
      const end = start + Math.min(limit, 2);
      return json(200, {
        items: shown.slice(start, end),
        nextCursor: end < shown.length ? String(end) : null,
        unread: unread(),
      });
    },
    'POST /api/v1/notifications/read': (call) => {
      const ids = (call.body as { ids?: string[] }).ids;
      let changed = 0;
      notices = notices.map((n) => {
        if (n.readAt !== null || (ids && !ids.includes(n.id))) return n;
        changed += 1;
        return { ...n, readAt: new Date().toISOString() };
      });
      return json(200, { changed, unread: unread() });
    },
    ...extra,
  });
};

const Where = () => <p data-testid="where">{useLocation().pathname}</p>;

const renderBell = () =>
  render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <SessionProvider>
          <MemoryRouter initialEntries={['/org']}>
            <RequireSession>
              <NotificationBell />
              <Where />
            </RequireSession>
          </MemoryRouter>
        </SessionProvider>
      </AntApp>
    </I18nextProvider>,
  );

/** The badge's text while shown (antd keeps it in the page, hidden, once the count is 0). */
const badgeCount = (container: HTMLElement) =>
  container.querySelector('.ant-badge-count[data-show="true"]')?.textContent ?? null;

const listCalls = (calls: Call[]) =>
  calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/v1/notifications'));

afterEach(async () => {
  vi.useRealTimers();
  await act(() => i18n.changeLanguage('zh-CN'));
});

describe('NotificationBell', () => {
  it('shows the unread count on the bell, capped at 99+', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...FIRST, id: `${i}` }));
    const { calls } = inbox(many);
    const { container } = renderBell();
    const bell = await screen.findByRole('button', { name: '通知：99+ 条未读' });
    expect(badgeCount(container)).toBe('99+');
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    expect(listCalls(calls)[0]?.url).toBe('/api/v1/notifications?limit=1');
  });

  it('opens the panel with the notices in the UI language, newest first, and loads more', async () => {
    const { calls } = inbox([FIRST, SECOND, OLD]);
    const { container } = renderBell();
    fireEvent.click(await screen.findByRole('button', { name: '通知：2 条未读' }));
    expect(badgeCount(container)).toBe('2');

    const panel = await screen.findByRole('dialog', { name: '通知' });
    const links = await within(panel).findAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      `未读：${FIRST.text}5分钟前`,
      `未读：${SECOND.text}10分钟前`,
    ]);
    expect(links[0]?.getAttribute('href')).toBe(`/leads/${LEAD}`);
    expect(listCalls(calls).at(-1)?.url).toBe('/api/v1/notifications?limit=20&locale=zh-CN');

    fireEvent.click(within(panel).getByRole('button', { name: '加载更多' }));
    expect(await within(panel).findByText(OLD.text)).toBeTruthy();
    expect(within(panel).getAllByRole('link')).toHaveLength(3);
    expect(listCalls(calls).at(-1)?.url).toBe(
      '/api/v1/notifications?limit=20&cursor=2&locale=zh-CN',
    );
    expect(within(panel).queryByRole('button', { name: '加载更多' })).toBeNull();
  });

  it('"mark all read" posts to /notifications/read and clears the badge', async () => {
    const { calls } = inbox([FIRST, SECOND]);
    const { container } = renderBell();
    fireEvent.click(await screen.findByRole('button', { name: '通知：2 条未读' }));
    const panel = await screen.findByRole('dialog', { name: '通知' });
    await within(panel).findByText(FIRST.text);

    fireEvent.click(within(panel).getByRole('button', { name: /全部标为已读/ }));

    await screen.findByRole('button', { name: '通知' });
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/v1/notifications/read');
    expect(post?.body).toEqual({});
    expect(post?.headers['X-CSRF-Token']).toBe('csrf-1');
    await waitFor(() => expect(badgeCount(container)).toBeNull());
    expect(within(panel).queryByText(/^未读：/)).toBeNull();
    expect(
      within(panel)
        .getByRole('button', { name: /全部标为已读/ })
        .hasAttribute('disabled'),
    ).toBe(true);

    // The unread filter now has nothing to show.
    fireEvent.click(within(panel).getByText('未读'));
    expect(await within(panel).findByText('没有未读通知')).toBeTruthy();
    expect(listCalls(calls).at(-1)?.url).toBe(
      '/api/v1/notifications?limit=20&unread=true&locale=zh-CN',
    );
  });

  it('clicking a notice marks it read and opens its lead', async () => {
    const { calls } = inbox([FIRST, SECOND]);
    renderBell();
    fireEvent.click(await screen.findByRole('button', { name: '通知：2 条未读' }));
    const panel = await screen.findByRole('dialog', { name: '通知' });

    fireEvent.click(await within(panel).findByText(FIRST.text));

    expect(screen.getByTestId('where').textContent).toBe(`/leads/${LEAD}`);
    await screen.findByRole('button', { name: '通知：1 条未读' });
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ ids: [FIRST.id] });
  });

  it('Escape closes the panel and gives the focus back to the bell', async () => {
    inbox([FIRST]);
    renderBell();
    const bell = await screen.findByRole('button', { name: '通知：1 条未读' });
    fireEvent.click(bell);
    const panel = await screen.findByRole('dialog', { name: '通知' });
    const link = await within(panel).findByRole('link');
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    link.focus();

    fireEvent.keyDown(window, { key: 'Escape' });

    await waitFor(() => expect(bell.getAttribute('aria-expanded')).toBe('false'));
    expect(document.activeElement).toBe(bell);
  });

  it('shows the empty state, in English too', async () => {
    const { calls } = inbox([]);
    renderBell();
    fireEvent.click(await screen.findByRole('button', { name: '通知' }));
    const panel = await screen.findByRole('dialog', { name: '通知' });
    expect(await within(panel).findByText('暂无通知')).toBeTruthy();

    await act(() => i18n.changeLanguage('en'));
    expect(await within(panel).findByText('No notifications')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: /Mark all as read/ })).toBeTruthy();
    await waitFor(() =>
      expect(listCalls(calls).at(-1)?.url).toBe('/api/v1/notifications?limit=20&locale=en'),
    );
  });

  it('asks for the count every minute, but not while the tab is hidden', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { calls } = inbox([FIRST]);
    renderBell();
    await screen.findByRole('button', { name: '通知：1 条未读' });
    expect(listCalls(calls)).toHaveLength(1);

    await act(async () => vi.advanceTimersByTime(POLL_MS));
    expect(listCalls(calls)).toHaveLength(2);

    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await act(async () => vi.advanceTimersByTime(3 * POLL_MS));
    expect(listCalls(calls)).toHaveLength(2);

    hidden.mockReturnValue(false);
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(listCalls(calls)).toHaveLength(3);
    await act(async () => vi.advanceTimersByTime(POLL_MS));
    expect(listCalls(calls)).toHaveLength(4);
    hidden.mockRestore();
  });
});
