import { Button, Indicator } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { NotificationsChangedSubscription, POLL_MS, UnreadNotificationCountQuery } from './notifications.operations';

/**
 * The header's bell: the unread count as a badge, a link to the notifications page. The count
 * is live (a subscription); only while the live connection is down does it ask every minute.
 */
export function NotificationsBell() {
  const { t } = useTranslation('notifications');
  const [{ data }, reexecute] = useQuery({ query: UnreadNotificationCountQuery, requestPolicy: 'cache-and-network' });
  const [live] = useSubscription({ query: NotificationsChangedSubscription });
  const liveCount = live.error ? undefined : live.data?.notificationsChanged.unreadCount;
  useEffect(() => {
    if (liveCount !== undefined) return;
    const timer = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => window.clearInterval(timer);
  }, [reexecute, liveCount]);
  const unread = liveCount ?? data?.unreadNotificationCount ?? 0;
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={4}>
      <Button
        component={Link}
        to="/notifications"
        size="xs"
        variant="default"
        aria-label={t('bell', { count: unread })}
        px={8}
        data-for="notifications-bell"
        data-unread={unread}
        data-live={liveCount === undefined ? 'no' : 'yes'}
      >
        <svg
          aria-hidden="true"
          width="16"
          height="16"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </Button>
    </Indicator>
  );
}
