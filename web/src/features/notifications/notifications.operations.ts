import { graphql } from '../../graphql/graphql';

/** The header's badge before its live updates arrive, and while they cannot (polled every POLL_MS). */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** The header's badge, live: the count as it stands, then after every change. */
export const NotificationsChangedSubscription = graphql(`
  subscription NotificationsChanged {
    notificationsChanged {
      unreadCount
      latest {
        id
      }
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      nodes {
        id
        kind
        subjectType
        country
        cycle
        objective
        title
        comment
        date
        days
        path
        createdAt
        readAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** How often the badge asks for the unread count while its live updates are down. */
export const POLL_MS = 60_000;
