import { ObjectType, Field, ID } from '@nestjs/graphql';
import { PledgeStatus } from '../pledge.enums.js';

@ObjectType('PledgeUpdate', { description: "One dated step of a pledge's history." })
export class PledgeUpdateModel {
  @Field(() => ID)
  id: string;

  @Field(() => PledgeStatus)
  status: PledgeStatus;

  @Field(() => PledgeStatus, { nullable: true, description: 'The status before this update; null for the first.' })
  previousStatus: PledgeStatus | null;

  @Field(() => String, { description: 'When it happened (YYYY-MM-DD), as reported.' })
  date: string;

  @Field(() => String)
  narrative: string;

  @Field(() => [String])
  evidenceLinks: string[];

  @Field(() => Date, { description: 'When it was recorded.' })
  recordedAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Who recorded it (an account e-mail, or "cli" for a command-line import). Null for callers other than the secretariat and the pledging state\'s focal points.',
  })
  recordedBy: string | null;
}
