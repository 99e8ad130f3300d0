import { InputType, Field } from '@nestjs/graphql';
import { IsOptional, IsEnum } from 'class-validator';
import { ImplementationLevel } from '../progress.enums.js';
import { EntryContentFields } from './entry-content-fields.input.js';

@InputType()
export class UpdateProgressEntryInput extends EntryContentFields {
  @Field(() => ImplementationLevel, { nullable: true })
  @IsOptional()
  @IsEnum(ImplementationLevel)
  reportedLevel?: ImplementationLevel;
}
