import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgs } from '../../../common/pagination/connection.js';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those not marked read yet.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}
