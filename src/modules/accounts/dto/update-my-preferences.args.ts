import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { MailMode } from '../account.enums.js';

@ArgsType()
export class UpdateMyPreferencesArgs {
  @Field(() => Language, { nullable: true, description: 'The language of your mails.' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field(() => MailMode, {
    nullable: true,
    description:
      'IMMEDIATE: a mail per event; DAILY_DIGEST: not sent yet, so notifications then show in the app only; NONE: in the app only.',
  })
  @IsOptional()
  @IsEnum(MailMode)
  mailMode?: MailMode;
}
