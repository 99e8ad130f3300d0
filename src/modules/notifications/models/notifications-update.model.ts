import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NotificationModel } from './notification.model.js';

@ObjectType('NotificationsUpdate', { description: "The signed-in account's notifications as they stand: what the header's badge shows." })
export class NotificationsUpdateModel {
  @Field(() => Int, { description: 'How many are not marked read.' })
  unreadCount: number;

  @Field(() => NotificationModel, { nullable: true, description: 'The newest one, read or not; null when there is none.' })
  latest: NotificationModel | null;
}
