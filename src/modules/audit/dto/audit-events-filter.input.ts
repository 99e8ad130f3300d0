import { InputType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, IsDate } from 'class-validator';
import { IsIso3 } from '../../../common/validation/fields.js';

@InputType()
export class AuditEventsFilter {
  @Field(() => String, { nullable: true, description: 'e.g. Account, Pledge.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'e.g. CREATE, UPDATE, SUBMITTED, PUBLISHED.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @Field(() => String, { nullable: true, description: 'ISO3 of the country whose record changed.' })
  @IsOptional()
  @IsIso3()
  country?: string;

  @Field(() => String, { nullable: true, description: 'Account id or e-mail address of whoever acted.' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  actor?: string;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Up to this instant (exclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
