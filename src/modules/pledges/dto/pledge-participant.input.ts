import { InputType, Field } from '@nestjs/graphql';
import { IsString, MinLength, MaxLength, IsEnum, IsOptional } from 'class-validator';
import { IsIso3 } from '../../../common/validation/fields.js';
import { PledgingEntityKind } from '../pledge.enums.js';

@InputType({ description: 'A participating state or actor of a COMMON or PARTNERSHIP pledge.' })
export class PledgeParticipantInput {
  @Field(() => String)
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  name: string;

  @Field(() => PledgingEntityKind)
  @IsEnum(PledgingEntityKind)
  kind: PledgingEntityKind;

  @Field(() => String, {
    nullable: true,
    description: 'ISO3 of the participating state (required for MEMBER_STATE), or where an actor is based.',
  })
  @IsOptional()
  @IsIso3()
  country?: string;
}
