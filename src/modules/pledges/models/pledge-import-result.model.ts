import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PledgeImportResult', { description: 'What an import did. A file with any bad row is refused with BAD_USER_INPUT instead.' })
export class PledgeImportResultModel {
  @Field(() => Int, { description: 'Pledge rows in the file.' })
  rows: number;

  @Field(() => Int, { description: 'Pledges written (0 on a dry run).' })
  imported: number;

  @Field(() => Boolean)
  dryRun: boolean;

  @Field(() => [ID], { description: 'Ids of the new pledges, in file order.' })
  pledgeIds: string[];
}
