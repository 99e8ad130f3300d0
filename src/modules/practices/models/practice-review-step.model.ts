import { ObjectType, Field } from '@nestjs/graphql';
import { PracticeReviewAction } from '../practice.enums.js';

@ObjectType('PracticeReviewStep', { description: "A step of a practice's review: submitted, returned with a comment, published." })
export class PracticeReviewStepModel {
  @Field(() => PracticeReviewAction)
  action: PracticeReviewAction;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date)
  actedAt: Date;

  @Field(() => String, { description: 'Who acted (account e-mail).' })
  actedBy: string;

  @Field(() => String, { nullable: true })
  actedByRole: string | null;
}
