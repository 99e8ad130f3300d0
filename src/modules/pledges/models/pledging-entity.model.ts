import { ObjectType, Field } from '@nestjs/graphql';
import { PledgingEntityKind } from '../pledge.enums.js';

@ObjectType('PledgingEntity', { description: 'Who made a pledge.' })
export class PledgingEntityModel {
  @Field(() => PledgingEntityKind)
  kind: PledgingEntityKind;

  @Field(() => String, { nullable: true, description: "The stakeholder's name; for a member state, null (see `country`)." })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'ISO3 of the pledging state, or where the stakeholder is based.' })
  countryIso3: string | null;
}
