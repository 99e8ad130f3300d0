import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class PublishCommentArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  comment?: string;
}

@ArgsType()
export class ReturnCommentArgs {
  @Field(() => String, { description: 'What to change, for the focal point.' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  comment: string;
}
