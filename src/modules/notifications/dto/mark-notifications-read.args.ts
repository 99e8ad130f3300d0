import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../../common/pagination/connection.js';

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: `Ids of one's own notifications, 1 to ${MAX_PAGE_SIZE}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PAGE_SIZE)
  @IsUUID('all', { each: true, message: 'each id must be a notification id (a UUID)' })
  ids: string[];
}
