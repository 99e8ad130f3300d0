import { InputType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  ValidateNested,
  IsOptional,
  IsString,
  MinLength,
  MaxLength,
  ArrayMaxSize,
  ArrayUnique,
  IsInt,
  Min,
  Max,
  ArrayMinSize,
  IsBoolean,
} from 'class-validator';
import { IsCalendarDate, IsIso3, AreWebLinks } from '../../../common/validation/fields.js';
import { EventKind, EventAttendance } from '../event.enums.js';
import { CountedParticipationInput } from './counted-participation.input.js';
import { EventOrganiserInput } from './event-organiser.input.js';
import { EventReviewCycleInput } from './event-review-cycle.input.js';
import { EventTitleInput } from './event-title.input.js';

@InputType()
export class CreateEventInput {
  @Field(() => EventKind)
  @IsEnum(EventKind)
  kind: EventKind;

  @Field(() => EventTitleInput)
  @ValidateNested()
  @Type(() => EventTitleInput)
  title: EventTitleInput;

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  @IsCalendarDate()
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD, not before startDate (default: startDate).' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @Field(() => EventAttendance, { nullable: true, description: 'Null when not known.' })
  @IsOptional()
  @IsEnum(EventAttendance)
  attendance?: EventAttendance | null;

  @Field(() => String, { nullable: true, description: 'City or venue (none for a VIRTUAL event).' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO3 of the country it was held in (none for a VIRTUAL event).' })
  @IsOptional()
  @IsIso3()
  hostCountry?: string | null;

  @Field(() => String, { nullable: true, description: 'What was discussed.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => [EventOrganiserInput], { nullable: true, description: 'In the order the sources give (at most 30).' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => EventOrganiserInput)
  organisers?: EventOrganiserInput[];

  @Field(() => [Int], { nullable: true, description: 'Objectives in focus (numbers 1-23).' })
  @IsOptional()
  @ArrayMaxSize(23)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(23, { each: true })
  objectives?: number[];

  @Field(() => [EventReviewCycleInput], { nullable: true, description: 'Review cycles it is part of or prepares for.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EventReviewCycleInput)
  reviewCycles?: EventReviewCycleInput[];

  @Field(() => [String], { nullable: true, description: 'Outcome documents, declarations, recordings (http or https).' })
  @IsOptional()
  @AreWebLinks(20)
  outcomeLinks?: string[];

  @Field(() => [String], { description: 'Where the facts come from: web addresses or citations, at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(3, { each: true })
  @MaxLength(1000, { each: true })
  sources: string[];

  @Field(() => Boolean, { description: 'Whether the event and its details are verified; unconfirmed events are shown as such.' })
  @IsBoolean()
  confirmed: boolean;

  @Field(() => CountedParticipationInput, { nullable: true, description: 'Participation known only as a count (names unknown).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CountedParticipationInput)
  countedParticipation?: CountedParticipationInput | null;
}
