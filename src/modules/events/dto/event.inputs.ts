import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AreWebLinks, IsCalendarDate, IsIso3 } from '../../../common/validation/fields.js';
import {
  CountedGroup,
  EventAttendance,
  EventCycleRelation,
  EventKind,
  EventPledgeRelation,
  OrganiserKind,
  ParticipationRole,
} from '../event.enums.js';

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

@InputType()
export class EventOrganiserInput {
  @Field(() => String, { description: 'As the sources name it, e.g. IOM or ECA.' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @Field(() => OrganiserKind)
  @IsEnum(OrganiserKind)
  kind: OrganiserKind;

  @Field(() => String, { nullable: true, description: 'ISO3 of the government (GOVERNMENT organisers only, required there).' })
  @IsOptional()
  @IsIso3()
  country?: string | null;
}

@InputType()
export class EventReviewCycleInput {
  @Field(() => String, { description: 'Review cycle code, e.g. IMRF-2022.' })
  @IsString()
  @Matches(/^[A-Z0-9-]{4,40}$/, { message: 'code must be a review cycle code such as IMRF-2022' })
  code: string;

  @Field(() => EventCycleRelation)
  @IsEnum(EventCycleRelation)
  relation: EventCycleRelation;
}

@InputType()
export class CountedParticipationInput {
  @Field(() => Int, { description: 'How many took part.' })
  @IsInt()
  @Min(0)
  @Max(1000)
  count: number;

  @Field(() => Int, { nullable: true, description: 'Out of how many at the time; at least `count`.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  outOf?: number | null;

  @Field(() => CountedGroup)
  @IsEnum(CountedGroup)
  group: CountedGroup;
}

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

/** Every field of CreateEventInput, each optional (validators and descriptions inherited). */
@InputType({ description: 'Only the fields given change; a list given replaces the stored one; null clears an optional field.' })
export class UpdateEventInput extends PartialType(CreateEventInput) {}

@InputType()
export class EventParticipationInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => String, { description: "ISO3 of the country (a focal point: its own country's)." })
  @IsIso3()
  country: string;

  @Field(() => ParticipationRole, { defaultValue: ParticipationRole.PARTICIPANT })
  @IsEnum(ParticipationRole)
  role: ParticipationRole = ParticipationRole.PARTICIPANT;
}

@InputType()
export class EventPledgeLinkInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => ID)
  @IsUUID()
  pledgeId: string;

  @Field(() => EventPledgeRelation, { defaultValue: EventPledgeRelation.ANNOUNCED })
  @IsEnum(EventPledgeRelation)
  relation: EventPledgeRelation = EventPledgeRelation.ANNOUNCED;
}
