import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { LanguageArgs } from '../../../common/i18n/language.args.js';

@ArgsType()
export class ObjectiveArgs extends LanguageArgs {
  @Field(() => Int, { description: 'Objective number, 1 to 23.' })
  @IsInt()
  @Min(1)
  @Max(23)
  number: number;
}
