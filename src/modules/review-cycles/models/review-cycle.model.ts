import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ReviewCycleEntity } from '../review-cycle.entity.js';

export enum ReviewCycleKind {
  IMRF = 'IMRF',
  REGIONAL = 'REGIONAL',
}
registerEnumType(ReviewCycleKind, {
  name: 'ReviewCycleKind',
  description: 'IMRF: International Migration Review Forum. REGIONAL: a regional review run by a UN regional commission.',
});

@ObjectType('ReviewCycle', { description: 'A review of GCM implementation, for which countries report their progress.' })
export class ReviewCycleModel {
  @Field(() => String, { description: 'Stable code, e.g. IMRF-2022 or RR2-ECA-2024.' })
  code: string;

  @Field(() => ReviewCycleKind)
  kind: ReviewCycleKind;

  @Field(() => Int, { nullable: true, description: 'Round of regional reviews: 1 (2020-21) or 2 (2024-25).' })
  round: number | null;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true, description: 'First day (ISO 8601 date); null while not known.' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (ISO 8601 date).' })
  endDate: string | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => Boolean, { description: 'False where the event or its dates are not verified.' })
  confirmed: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [String])
  sources: string[];

  @Field(() => String, {
    nullable: true,
    description: 'First day countries may report (ISO 8601). A product default (180 days before the review), not an official date.',
  })
  reportingOpensOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day countries may report (ISO 8601): by default the day before the review opens.',
  })
  reportingClosesOn: string | null;

  regionCode: string | null;
}

export function toReviewCycleModel(entity: ReviewCycleEntity): ReviewCycleModel {
  return {
    code: entity.code,
    kind: entity.kind as ReviewCycleKind,
    round: entity.round,
    name: entity.name,
    year: entity.year,
    startDate: entity.startDate,
    endDate: entity.endDate,
    location: entity.location,
    confirmed: entity.confirmed,
    note: entity.note,
    sources: entity.sources,
    reportingOpensOn: entity.reportingOpensOn,
    reportingClosesOn: entity.reportingClosesOn,
    regionCode: entity.regionCode,
  };
}
