import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { LanguageArgs } from '../../../common/i18n/language.args.js';

@ArgsType()
export class ProgressEntryArgs extends LanguageArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
