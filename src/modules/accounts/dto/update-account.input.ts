import { InputType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MinLength, MaxLength, IsEnum, Matches } from 'class-validator';
import { Role } from '../../../common/auth/role.js';
import { trim, upper } from './account-fields.js';

@InputType()
export class UpdateAccountInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => String, {
    nullable: true,
    description: 'ISO3 for a focal point. Send null to clear it when the role is no longer FOCAL_POINT.',
  })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO3 code such as MAR' })
  country?: string | null;
}
