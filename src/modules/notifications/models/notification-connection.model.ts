import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.js';
import { NotificationModel } from './notification.model.js';

@ObjectType('NotificationConnection')
export class NotificationConnection extends ConnectionType(NotificationModel, 'Notification') {}
