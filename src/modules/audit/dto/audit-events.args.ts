import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination/connection.js';
import { AuditEventsFilter } from './audit-events-filter.input.js';

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventsFilter)
  filter?: AuditEventsFilter;
}
