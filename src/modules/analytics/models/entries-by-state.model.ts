import { ObjectType, Field, Int } from '@nestjs/graphql';

@ObjectType('EntriesByState', { description: 'Entries of the cycle by workflow state. States your role may not see are null.' })
export class EntriesByStateModel {
  @Field(() => Int, { nullable: true, description: 'Secretariat only.' })
  draft: number | null;

  @Field(() => Int, { nullable: true, description: 'Secretariat and analysts.' })
  submitted: number | null;

  @Field(() => Int, { nullable: true, description: 'Secretariat only.' })
  returned: number | null;

  @Field(() => Int)
  validated: number;
}
