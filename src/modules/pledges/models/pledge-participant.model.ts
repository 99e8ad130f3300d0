import { ObjectType, Field } from '@nestjs/graphql';
import { PledgingEntityKind } from '../pledge.enums.js';

@ObjectType('PledgeParticipant', { description: 'A participating state or actor of a common or partnership pledge.' })
export class PledgeParticipantModel {
  @Field(() => String)
  name: string;

  @Field(() => PledgingEntityKind)
  kind: PledgingEntityKind;

  @Field(() => String, { nullable: true, description: 'ISO3 of the state, or where the actor is based.' })
  countryIso3: string | null;
}
