import { InputType, Field } from '@nestjs/graphql';
import { IsString, MinLength, MaxLength, IsOptional } from 'class-validator';

@InputType()
export class EventTitleInput {
  @Field(() => String, { description: 'English title (required).' })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  en: string;

  @Field(() => String, { nullable: true, description: 'French title, only where one is known (never a machine translation).' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  fr?: string | null;

  @Field(() => String, { nullable: true, description: 'Spanish title, only where one is known.' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  es?: string | null;
}
