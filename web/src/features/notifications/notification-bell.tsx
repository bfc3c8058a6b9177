/**
 * 通知: the header's bell with the unread count and its panel (all / unread, newest first,
 * "load more", mark all read). Opening a notice marks it read and goes to its lead.
 * Texts come worded by the server in the UI language.
 */
import {
  BellOutlined,
  CheckOutlined,
  ClockCircleOutlined,
  CopyOutlined,
  TeamOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { App, Badge, Button, Flex, Popover, Segmented, Spin, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NotificationPage } from '../../../../src/contracts/notifications.ts';
import type { NotificationKind } from '../../../../src/domain/shared/vocabulary.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/i18n.ts';
import { EmptyState, ErrorState } from '../../ui/list-states.tsx';
import { useFormatters } from '../../ui/use-formatters.ts';
import { useUnreadCount } from './use-unread-count.ts';

type Notice = NotificationPage['items'][number];
type Filter = 'all' | 'unread';
type MarkReadResult = { changed: number; unread: number };

const PAGE_SIZE = 20;
/** Above this the badge (and the bell's label) read `99+`. */
const MAX_SHOWN = 99;

const KIND_ICONS: Record<NotificationKind, { icon: ReactNode; color: string; background: string }> =
  {
    lead_assigned: { icon: <UserAddOutlined />, color: '#1677ff', background: '#e6f4ff' },
    mentee_assigned: { icon: <TeamOutlined />, color: '#389e0d', background: '#f6ffed' },
    duplicate_lead: { icon: <CopyOutlined />, color: '#d46b08', background: '#fff7e6' },
    sla_expired: { icon: <ClockCircleOutlined />, color: '#cf1322', background: '#fff1f0' },
  };

type ListState = {
  status: 'loading' | 'ready' | 'error';
  items: Notice[];
  nextCursor: string | null;
  error: unknown;
};

const LOADING: ListState = { status: 'loading', items: [], nextCursor: null, error: null };

export const NotificationBell = () => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { unread, set: setUnread } = useUnreadCount();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState<Filter>('all');
  const [list, setList] = useState<ListState>(LOADING);
  const [loadingMore, setLoadingMore] = useState(false);
  const [markingAll, setMarkingAll] = useState(false);
  // Each first-page load counts one up; answers of an older load (or its "more") are dropped.
  const loadSeq = useRef(0);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // The texts follow the language switch.
  const locale = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LOCALE;

  const fetchPage = useCallback(
    (cursor?: string) =>
      api.get<NotificationPage>('/notifications', {
        limit: PAGE_SIZE,
        cursor,
        unread: filter === 'unread' ? true : undefined,
        locale,
      }),
    [filter, locale],
  );

  const loadFirstPage = useCallback(() => {
    loadSeq.current += 1;
    const seq = loadSeq.current;
    setList((previous) => ({ ...previous, status: 'loading', error: null }));
    fetchPage()
      .then((page) => {
        if (seq !== loadSeq.current) return;
        setList({ status: 'ready', items: page.items, nextCursor: page.nextCursor, error: null });
        setUnread(page.unread);
      })
      .catch((error: unknown) => {
        if (seq !== loadSeq.current) return;
        setList({ status: 'error', items: [], nextCursor: null, error });
      });
  }, [fetchPage, setUnread]);

  // On opening, and again when the filter or the language changes while open.
  useEffect(() => {
    if (open) loadFirstPage();
  }, [open, loadFirstPage]);

  const loadMore = async () => {
    if (!list.nextCursor) return;
    const seq = loadSeq.current;
    setLoadingMore(true);
    try {
      const page = await fetchPage(list.nextCursor);
      if (seq !== loadSeq.current) return;
      setList((previous) => ({
        ...previous,
        items: [...previous.items, ...page.items],
        nextCursor: page.nextCursor,
      }));
      setUnread(page.unread);
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setLoadingMore(false);
    }
  };

  const markAllRead = async () => {
    setMarkingAll(true);
    try {
      const result = await api.post<MarkReadResult>('/notifications/read', {});
      setUnread(result.unread);
      const readAt = new Date().toISOString();
      setList((previous) =>
        filter === 'unread'
          ? { ...previous, items: [], nextCursor: null }
          : {
              ...previous,
              items: previous.items.map((n) => (n.readAt ? n : { ...n, readAt })),
            },
      );
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setMarkingAll(false);
    }
  };

  /** A notice clicked: read from now on; its lead opens (the link itself navigates). */
  const openNotice = (notice: Notice) => {
    if (notice.leadId) setOpen(false);
    if (notice.readAt) return;
    const readAt = new Date().toISOString();
    setList((previous) => ({
      ...previous,
      items: previous.items.map((n) => (n.id === notice.id ? { ...n, readAt } : n)),
    }));
    api
      .post<MarkReadResult>('/notifications/read', { ids: [notice.id] })
      .then((result) => setUnread(result.unread))
      .catch((error: unknown) => message.error(errorMessage(t, error)));
  };

  const closePanel = useCallback(() => {
    // Closed from inside the panel (Escape): the focus goes back to the bell.
    if (panelRef.current?.contains(document.activeElement)) buttonRef.current?.focus();
    setOpen(false);
  }, []);

  // Escape closes the panel wherever the focus is. The popover's own Escape handling only
  // answers when it is the newest open layer, which the pages' drawers and modals can spoil.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.isComposing) closePanel();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, closePanel]);

  const shownCount = unread > MAX_SHOWN ? `${MAX_SHOWN}+` : String(unread);
  const bellLabel =
    unread > 0 ? t('notifications.bellUnread', { n: shownCount }) : t('notifications.title');

  const body = (() => {
    if (list.status === 'error') {
      return <ErrorState error={list.error} onRetry={loadFirstPage} />;
    }
    if (list.items.length === 0) {
      return list.status === 'loading' ? (
        <div style={{ minHeight: 120 }} />
      ) : (
        <EmptyState
          description={
            filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')
          }
        />
      );
    }
    return (
      <ul className="allot-inbox-list">
        {list.items.map((notice) => (
          <li key={notice.id}>
            <NoticeItem notice={notice} onOpen={openNotice} />
          </li>
        ))}
      </ul>
    );
  })();

  const panel = (
    <div
      ref={panelRef}
      role="dialog"
      aria-labelledby={titleId}
      className="allot-inbox"
      data-testid="notification-panel"
    >
      <Flex justify="space-between" align="center" gap={8} className="allot-inbox-head">
        <Typography.Text strong id={titleId} style={{ fontSize: 15 }}>
          {t('notifications.title')}
        </Typography.Text>
        <Button
          type="link"
          size="small"
          icon={<CheckOutlined />}
          disabled={unread === 0}
          loading={markingAll}
          onClick={markAllRead}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      <Segmented<Filter>
        block
        size="small"
        aria-label={t('notifications.filter')}
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: t('notifications.all') },
          { value: 'unread', label: t('notifications.unread') },
        ]}
      />
      <Spin spinning={list.status === 'loading'}>
        <div className="allot-inbox-scroll">
          {body}
          {list.nextCursor && list.status !== 'error' ? (
            <Button block type="text" loading={loadingMore} onClick={loadMore}>
              {t('notifications.loadMore')}
            </Button>
          ) : null}
        </div>
      </Spin>
    </div>
  );

  return (
    <div ref={containerRef} style={{ position: 'relative', display: 'inline-flex' }}>
      <Popover
        trigger="click"
        placement="bottomRight"
        open={open}
        onOpenChange={(next) => (next ? setOpen(true) : closePanel())}
        content={panel}
        // Right after the bell in the page, so that Tab goes from the bell into the panel.
        getPopupContainer={() => containerRef.current ?? document.body}
        styles={{ container: { padding: 12 } }}
      >
        {/* The popover describes its child: a wrapper, so the bell is not read with the panel. */}
        <span style={{ display: 'inline-flex' }}>
          <Badge count={unread} overflowCount={MAX_SHOWN} size="small" offset={[-6, 6]}>
            <Button
              ref={buttonRef}
              type="text"
              shape="circle"
              icon={<BellOutlined style={{ fontSize: 18 }} />}
              aria-label={bellLabel}
              aria-haspopup="dialog"
              aria-expanded={open}
            />
          </Badge>
        </span>
      </Popover>
    </div>
  );
};

const NoticeItem = ({ notice, onOpen }: { notice: Notice; onOpen: (n: Notice) => void }) => {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const unread = notice.readAt === null;
  const kind = KIND_ICONS[notice.kind];
  const content = (
    <>
      <span
        className="allot-inbox-icon"
        style={{ color: kind.color, background: kind.background }}
        aria-hidden
      >
        {kind.icon}
      </span>
      <span className="allot-inbox-body">
        <span className={unread ? 'allot-inbox-text allot-inbox-unread' : 'allot-inbox-text'}>
          {unread ? (
            <span className="allot-visually-hidden">{t('notifications.unreadPrefix')}</span>
          ) : null}
          {notice.text}
        </span>
        <time className="allot-inbox-time" dateTime={notice.at} title={fmt.dateTime(notice.at)}>
          {fmt.relative(notice.at)}
        </time>
      </span>
      <span className={unread ? 'allot-inbox-dot' : 'allot-inbox-dot allot-inbox-dot-read'} />
    </>
  );
  return notice.leadId ? (
    <Link
      to={`/leads/${notice.leadId}`}
      className="allot-inbox-item"
      data-unread={unread || undefined}
      onClick={() => onOpen(notice)}
    >
      {content}
    </Link>
  ) : (
    <button
      type="button"
      className="allot-inbox-item"
      data-unread={unread || undefined}
      onClick={() => onOpen(notice)}
    >
      {content}
    </button>
  );
};
