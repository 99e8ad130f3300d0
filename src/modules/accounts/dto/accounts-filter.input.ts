import { InputType, Field } from '@nestjs/graphql';
import { IsOptional, IsEnum, Matches, IsBoolean, IsString, MinLength, MaxLength } from 'class-validator';
import { Role } from '../../../common/auth/role.js';

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
