import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Role } from '../../../common/auth/role.js';
import { PageArgs } from '../../../common/pagination/connection.js';

@InputType()
export class AccountsFilter {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => String, { nullable: true, description: "ISO3 of a focal point's country." })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO3 code such as MAR' })
  country?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the e-mail address or the display name (case does not matter).' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => AccountsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountsFilter)
  filter?: AccountsFilter;
}
