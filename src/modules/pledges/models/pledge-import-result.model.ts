import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PledgeImportResult', { description: 'What an import did. A file with any bad row is refused with BAD_USER_INPUT instead.' })
export class PledgeImportResultModel {
  @Field(() => Int, { description: 'Pledge rows in the file.' })
  rows: number;

  @Field(() => Int, { description: 'Pledges created or updated (on a dry run: that would be).' })
  imported: number;

  @Field(() => Int, { description: 'Rows that made a new pledge.' })
  created: number;

  @Field(() => Int, {
    description:
      'Rows whose externalId matched a pledge of the same pledging entity, and that changed it (its fields, or its status as a new step).',
  })
  updated: number;

  @Field(() => Int, { description: 'Rows that matched a pledge and said what it says already.' })
  unchanged: number;

  @Field(() => Boolean)
  dryRun: boolean;

  @Field(() => [ID], { description: "Each row's pledge, in file order (empty on a dry run)." })
  pledgeIds: string[];
}
