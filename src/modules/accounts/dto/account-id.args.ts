import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class AccountIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an account id' })
  id: string;
}
