import { InputType, Field } from '@nestjs/graphql';
import { IsOptional, IsEnum, IsString, MinLength, MaxLength } from 'class-validator';
import { ImplementationLevel } from '../progress.enums.js';

@InputType()
export class ValidateProgressEntryInput {
  @Field(() => ImplementationLevel, { nullable: true, description: 'The validated level; default: the reported level.' })
  @IsOptional()
  @IsEnum(ImplementationLevel)
  validatedLevel?: ImplementationLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Why the validated level differs from the reported one (required then, 10 to 5,000 characters).',
  })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  justification?: string;

  @Field(() => String, { nullable: true, description: 'A note to the country, added to the thread.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment?: string;
}
