import { InputType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, ArrayMaxSize, ArrayUnique, IsUUID } from 'class-validator';
import { AreWebLinks } from '../../../common/validation/fields.js';

/** The texts and links of an entry, all optional while drafting (the narrative is needed to submit). */
@InputType({ isAbstract: true })
export abstract class EntryContentFields {
  @Field(() => String, {
    nullable: true,
    description: 'How far the country has come on the objective (needed to submit, 20 to 10,000 characters).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  narrative?: string;

  @Field(() => String, { nullable: true, description: 'Laws, policies, programmes and other measures taken.' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  measuresTaken?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  challenges?: string | null;

  @Field(() => [String], { nullable: true, description: 'http(s) addresses of the evidence, at most 20.' })
  @IsOptional()
  @AreWebLinks(20)
  evidenceLinks?: string[];

  @Field(() => [ID], { nullable: true, description: 'Pledges of the country (made by it or implemented in it) this entry reports on.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  pledgeIds?: string[];

  @Field(() => [ID], { nullable: true, description: "The country's good practices this entry points to." })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  practiceIds?: string[];
}
