import { InputType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsString, IsEnum, IsInt, Min, Max, IsBoolean, MinLength, MaxLength } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { IsIso3, IsRegionCode } from '../../../common/validation/fields.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { PracticeType, PracticeScope, PracticeStatus } from '../practice.enums.js';

@InputType()
export class GoodPracticesFilter {
  @Field(() => String, { nullable: true, description: 'ISO3 of a country where it is implemented.' })
  @IsOptional()
  @IsIso3()
  country?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "ISO3 of the country whose focal points keep it (a focal point's own: its drafts, submitted, returned and published practices).",
  })
  @IsOptional()
  @IsIso3()
  ownerCountry?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Region code: practices covering the region or implemented in one of its regional members.',
  })
  @IsOptional()
  @IsString()
  @IsRegionCode()
  region?: string;

  @Field(() => RegionScheme, { nullable: true, description: 'The scheme `region` belongs to; checked when both are given.' })
  @IsOptional()
  @IsEnum(RegionScheme)
  scheme?: RegionScheme;

  @Field(() => Int, { nullable: true, description: 'Practices serving this objective (main or not).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number;

  @Field(() => Int, { nullable: true, description: 'Practices exemplifying this guiding principle.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  guidingPrinciple?: number;

  @Field(() => Int, { nullable: true, description: 'Practices contributing to this SDG.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(17)
  sdg?: number;

  @Field(() => PracticeType, { nullable: true })
  @IsOptional()
  @IsEnum(PracticeType)
  practiceType?: PracticeType;

  @Field(() => PracticeScope, { nullable: true })
  @IsOptional()
  @IsEnum(PracticeScope)
  scope?: PracticeScope;

  @Field(() => Language, { nullable: true, description: 'Practices written in this language.' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field(() => PracticeStatus, { nullable: true, description: 'Within what the caller may see (the public sees PUBLISHED only).' })
  @IsOptional()
  @IsEnum(PracticeStatus)
  status?: PracticeStatus;

  @Field(() => Boolean, { nullable: true, description: 'Only practices implemented in (or kept by) a champion country.' })
  @IsOptional()
  @IsBoolean()
  championOnly?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Words to find in title, summary, results and lessons, each practice searched in its own language (web-search syntax).',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  search?: string;
}
