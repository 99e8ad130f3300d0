import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType('EntryChange', { description: "A field of the country's layer whose value differs from what was last validated." })
export class EntryChangeModel {
  @Field(() => String)
  field: string;

  @Field(() => GraphQLJSON, { nullable: true })
  validated: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  current: unknown;
}
