import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.js';
import { EventModel } from './event.model.js';

@ObjectType()
export class EventConnection extends ConnectionType(EventModel, 'Event') {}
