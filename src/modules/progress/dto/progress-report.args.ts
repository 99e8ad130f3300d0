import { ArgsType, Field } from '@nestjs/graphql';
import { LanguageArgs } from '../../../common/i18n/language.args.js';
import { IsIso3, IsCycleCode } from '../../../common/validation/fields.js';

@ArgsType()
export class ProgressReportArgs extends LanguageArgs {
  @Field(() => String, { description: 'ISO3 code.' })
  @IsIso3()
  country: string;

  @Field(() => String, { description: 'Review cycle code.' })
  @IsCycleCode()
  cycle: string;
}
