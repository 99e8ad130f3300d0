import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useEffect } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useReference } from '../../components/reference.query';
import { Notice } from '../../components/Notice';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { RequireAccount } from '../accounts/RequireAccount';
import { formatDate } from '../../lib/format';
import { formatDateTime } from '../reports/format-time';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
  NotificationsChangedSubscription,
  NotificationsQuery,
} from './notifications.operations';

const PAGE = 20;

/** The signed-in account's notifications, newest first: what happened, a link to it, marking read. */
export function NotificationsPage() {
  return <RequireAccount>{() => <NotificationsList />}</RequireAccount>;
}

function NotificationsList() {
  const { t, i18n } = useTranslation('notifications');
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const after = params.get('after') ?? undefined;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NotificationsQuery,
    variables: { first: PAGE, after, unreadOnly: unreadOnly || undefined },
    requestPolicy: 'cache-and-network',
  });
  const reference = useReference(i18n.language);
  const [, markRead] = useMutation(MarkNotificationsReadMutation);
  const [marking, markAll] = useMutation(MarkAllNotificationsReadMutation);
  // A notification arrives or is read in another tab: the first page is read again.
  const [live] = useSubscription({ query: NotificationsChangedSubscription });
  const liveLatest = live.data?.notificationsChanged.latest?.id;
  const liveUnread = live.data?.notificationsChanged.unreadCount;
  const shownLatest = data?.notifications.nodes[0]?.id;
  const shownUnread = data?.unreadNotificationCount;
  useEffect(() => {
    if (after || liveUnread === undefined || shownUnread === undefined) return;
    if (liveUnread !== shownUnread || (!unreadOnly && liveLatest !== shownLatest)) reexecute({ requestPolicy: 'network-only' });
  }, [after, unreadOnly, liveLatest, liveUnread, shownLatest, shownUnread, reexecute]);

  if (fetching && !data) return <PageLoader />;
  const countryName = (iso3: string | null) => reference.data?.countries.nodes.find((c) => c.iso3 === iso3)?.name ?? iso3 ?? '';
  const page = data?.notifications;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Group justify="space-between">
        <Switch
          label={t('unreadOnly')}
          checked={unreadOnly}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.currentTarget.checked) next.set('unread', '1');
            else next.delete('unread');
            next.delete('after');
            setParams(next);
          }}
        />
        <Button
          size="xs"
          variant="default"
          disabled={!data?.unreadNotificationCount}
          loading={marking.fetching}
          onClick={() => void markAll({}).then(refresh)}
        >
          {t('markAll')}
        </Button>
      </Group>
      {error ? (
        <Notice color="red" title={t('failedTitle')} role="alert">
          <Text size="sm">{t('failed')}</Text>
        </Notice>
      ) : null}
      {page && page.nodes.length === 0 ? <Text>{unreadOnly ? t('noneUnread') : t('none')}</Text> : null}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {page?.nodes.map((n) => (
          <Paper component="li" key={n.id} withBorder p="sm" bg={n.readAt ? undefined : 'var(--mantine-color-blue-light)'}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Group gap="xs">
                  {n.readAt ? null : (
                    <Badge size="sm" color="blue" variant="filled">
                      {t('new')}
                    </Badge>
                  )}
                  <Anchor
                    component={Link}
                    to={n.path}
                    fw={n.readAt ? 400 : 600}
                    onClick={() => void (n.readAt ? null : markRead({ ids: [n.id] }))}
                  >
                    {t(`kinds.${n.kind}`, {
                      objective: n.objective,
                      country: countryName(n.country),
                      cycle: n.cycle,
                      title: n.title,
                      date: formatDate(n.date, i18n.language),
                      count: n.days ?? 0,
                    })}
                  </Anchor>
                </Group>
                {n.comment ? (
                  <Text size="sm">
                    {t('comment')}: {n.comment}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.createdAt as string, i18n.language)}
                </Text>
              </Stack>
              {n.readAt ? null : (
                <Button size="xs" variant="subtle" onClick={() => void markRead({ ids: [n.id] }).then(refresh)}>
                  {t('markRead')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      {page ? (
        <Pager
          shown={page.nodes.length}
          total={page.totalCount}
          next={page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null}
          paged={after !== undefined}
          onNext={(cursor) => {
            const next = new URLSearchParams(params);
            next.set('after', cursor);
            setParams(next);
          }}
          onFirst={() => {
            const next = new URLSearchParams(params);
            next.delete('after');
            setParams(next);
          }}
        />
      ) : null}
    </Stack>
  );
}
