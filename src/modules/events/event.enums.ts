import { registerEnumType } from '@nestjs/graphql';

/** What kind of event on the GCM calendar. */
export enum EventKind {
  IMRF_SIDE_EVENT = 'IMRF_SIDE_EVENT',
  CHAMPIONS_DIALOGUE = 'CHAMPIONS_DIALOGUE',
  MINISTERIAL_MEETING = 'MINISTERIAL_MEETING',
  REGIONAL_REVIEW_SESSION = 'REGIONAL_REVIEW_SESSION',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description:
    "IMRF_SIDE_EVENT: held beside an International Migration Review Forum. CHAMPIONS_DIALOGUE: a dialogue of GCM champion countries (peer learning). MINISTERIAL_MEETING: a ministerial meeting of champion countries. REGIONAL_REVIEW_SESSION: a session of or before a regional review. OTHER: anything else on the GCM calendar (the Marrakech conference, launches, the Network's meetings).",
});

/** The kinds whose participants learn from each other's practice (the default of the peer-learning figures). */
export const PEER_LEARNING_KINDS: readonly EventKind[] = [EventKind.CHAMPIONS_DIALOGUE, EventKind.IMRF_SIDE_EVENT];

/** Where people met: in a place, online, or both. */
export enum EventAttendance {
  IN_PERSON = 'IN_PERSON',
  VIRTUAL = 'VIRTUAL',
  HYBRID = 'HYBRID',
}
registerEnumType(EventAttendance, {
  name: 'EventAttendance',
  description: 'IN_PERSON (at `place`), VIRTUAL (online, no place), HYBRID (at `place` and online). Null where the sources do not say.',
});

export enum OrganiserKind {
  UN_ENTITY = 'UN_ENTITY',
  GOVERNMENT = 'GOVERNMENT',
  OTHER = 'OTHER',
}
registerEnumType(OrganiserKind, {
  name: 'OrganiserKind',
  description:
    'UN_ENTITY (IOM, a regional commission, the Network...), GOVERNMENT (a state, with its country), OTHER (civil society, academia...).',
});

/** How a country took part in an event. */
export enum ParticipationRole {
  CO_ORGANISER = 'CO_ORGANISER',
  SPEAKER = 'SPEAKER',
  PARTICIPANT = 'PARTICIPANT',
}
registerEnumType(ParticipationRole, { name: 'ParticipationRole', description: 'How a country took part in an event.' });

/** How an event relates to a review cycle. */
export enum EventCycleRelation {
  PART_OF = 'PART_OF',
  PREPARES_FOR = 'PREPARES_FOR',
}
registerEnumType(EventCycleRelation, {
  name: 'EventCycleRelation',
  description: 'PART_OF: held during or as part of the review (an IMRF side event). PREPARES_FOR: held ahead of it, to prepare it.',
});

/** Who a count-only participation counts. */
export enum CountedGroup {
  CHAMPION_COUNTRIES = 'CHAMPION_COUNTRIES',
  COUNTRIES = 'COUNTRIES',
}
registerEnumType(CountedGroup, {
  name: 'CountedGroup',
  description: 'CHAMPION_COUNTRIES: GCM champion countries. COUNTRIES: states in general.',
});

/** How a pledge figured at an event. */
export enum EventPledgeRelation {
  ANNOUNCED = 'ANNOUNCED',
  REVIEWED = 'REVIEWED',
}
registerEnumType(EventPledgeRelation, {
  name: 'EventPledgeRelation',
  description: 'ANNOUNCED: the pledge was made or announced at the event. REVIEWED: its progress was discussed there.',
});
