import { InputType, Field } from '@nestjs/graphql';
import { IsString, MinLength, MaxLength, IsEnum, IsOptional } from 'class-validator';
import { IsIso3 } from '../../../common/validation/fields.js';
import { OrganiserKind } from '../event.enums.js';

@InputType()
export class EventOrganiserInput {
  @Field(() => String, { description: 'As the sources name it, e.g. IOM or ECA.' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @Field(() => OrganiserKind)
  @IsEnum(OrganiserKind)
  kind: OrganiserKind;

  @Field(() => String, { nullable: true, description: 'ISO3 of the government (GOVERNMENT organisers only, required there).' })
  @IsOptional()
  @IsIso3()
  country?: string | null;
}
