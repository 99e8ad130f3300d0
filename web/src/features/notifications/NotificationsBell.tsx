import { Button, Indicator } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { POLL_MS, UnreadNotificationCountQuery } from './notifications.operations';

/** The header's bell: the unread count as a badge, a link to the notifications page. Asks again every minute. */
export function NotificationsBell() {
  const { t } = useTranslation('notifications');
  const [{ data }, reexecute] = useQuery({ query: UnreadNotificationCountQuery, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    const timer = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => window.clearInterval(timer);
  }, [reexecute]);
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={4}>
      <Button component={Link} to="/notifications" size="xs" variant="default" aria-label={t('bell', { count: unread })} px={8}>
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
