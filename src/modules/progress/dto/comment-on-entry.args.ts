import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID, IsString, MinLength, MaxLength } from 'class-validator';

@ArgsType()
export class CommentOnEntryArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment: string;
}
