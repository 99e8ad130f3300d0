import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Roles } from '../../common/auth/access.decorators.js';
import type { AccountCaller, Caller } from '../../common/auth/caller.js';
import { CurrentCaller } from '../../common/auth/current-caller.decorator.js';
import { Role } from '../../common/auth/role.js';
import { mapConnection } from '../../common/pagination/keyset.js';
import { MarkNotificationsReadArgs } from './dto/mark-notifications-read.args.js';
import { NotificationsArgs } from './dto/notifications.args.js';
import { NotificationConnection } from './models/notification-connection.model.js';
import { NotificationModel, toNotificationModel } from './models/notification.model.js';
import { NotificationsService } from './notifications.service.js';
import { NotificationsUpdateModel } from './models/notifications-update.model.js';
import { LiveBus } from '../../database/live-bus.js';
import { liveChanges } from '../../graphql/live-changes.js';

const ALL_ROLES = [Role.FOCAL_POINT, Role.SECRETARIAT, Role.ANALYST] as const;

/** One's own notifications only: every operation acts on the signed-in account's, and no argument names another account. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly live: LiveBus,
  ) {}

  @Query(() => NotificationConnection, { description: "The signed-in account's notifications, newest first." })
  @Roles(...ALL_ROLES)
  async notifications(@CurrentCaller() caller: Caller, @Args() args: NotificationsArgs): Promise<NotificationConnection> {
    return mapConnection(await this.service.findPage((caller as AccountCaller).accountId, args), toNotificationModel);
  }

  @Query(() => Int, { description: "How many of the signed-in account's notifications are not marked read." })
  @Roles(...ALL_ROLES)
  async unreadNotificationCount(@CurrentCaller() caller: Caller): Promise<number> {
    return this.service.unreadCount((caller as AccountCaller).accountId);
  }

  @Mutation(() => Int, {
    description:
      "Mark some of one's own notifications read; returns how many stay unread. An id that is not one of the caller's notifications is NOT_FOUND, and nothing is marked.",
  })
  @Roles(...ALL_ROLES)
  async markNotificationsRead(@CurrentCaller() caller: Caller, @Args() { ids }: MarkNotificationsReadArgs): Promise<number> {
    return this.service.markRead((caller as AccountCaller).accountId, ids);
  }

  @Mutation(() => Int, { description: "Mark every one of one's own notifications read; returns how many stay unread (0)." })
  @Roles(...ALL_ROLES)
  async markAllNotificationsRead(@CurrentCaller() caller: Caller): Promise<number> {
    return this.service.markRead((caller as AccountCaller).accountId, null);
  }

  @Subscription(() => NotificationsUpdateModel, {
    description:
      "Live (graphql-ws at /graphql): the signed-in account's unread count and newest notification, first as they stand, then each time a notification arrives or is marked read (in any tab, through any server process).",
    resolve: (value: NotificationsUpdateModel) => value,
  })
  @Roles(...ALL_ROLES)
  notificationsChanged(@CurrentCaller() caller: Caller): AsyncIterableIterator<NotificationsUpdateModel> {
    const accountId = (caller as AccountCaller).accountId;
    return liveChanges(
      this.live,
      (m) => m.topic === 'notifications' && m.accounts.includes(accountId),
      async () => {
        const { unreadCount, latest } = await this.service.standing(accountId);
        return { unreadCount, latest: latest ? toNotificationModel(latest) : null };
      },
    );
  }
}
