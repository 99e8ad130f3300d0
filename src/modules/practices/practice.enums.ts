import { registerEnumType } from '@nestjs/graphql';

/** Kinds of practice. The first three are those seen on the Migration Network Hub's repository. */
export enum PracticeType {
  POLICY = 'POLICY',
  PROGRAMME = 'PROGRAMME',
  PARTNERSHIP = 'PARTNERSHIP',
  OTHER = 'OTHER',
}
registerEnumType(PracticeType, {
  name: 'PracticeType',
  description:
    'POLICY (including law, public measure), PROGRAMME (project or programme), PARTNERSHIP (multi-stakeholder initiative), OTHER.',
});

/** Where a practice applies. */
export enum PracticeScope {
  NATIONAL = 'NATIONAL',
  REGIONAL = 'REGIONAL',
  GLOBAL = 'GLOBAL',
}
registerEnumType(PracticeScope, {
  name: 'PracticeScope',
  description: 'NATIONAL: in one or several listed countries. REGIONAL: in listed regions (countries optional). GLOBAL: worldwide.',
});

/** DRAFT -> SUBMITTED -> PUBLISHED, or SUBMITTED -> RETURNED (with a comment) -> SUBMITTED. */
export enum PracticeStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(PracticeStatus, { name: 'PracticeStatus', description: 'Only PUBLISHED practices are public.' });

/** A step of the review of a practice, kept as a thread. */
export enum PracticeReviewAction {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(PracticeReviewAction, { name: 'PracticeReviewAction' });

export enum PracticeOrder {
  NEWEST = 'NEWEST',
  TITLE = 'TITLE',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(PracticeOrder, {
  name: 'PracticeOrder',
  description: 'NEWEST: most recently created first. TITLE: A to Z. RELEVANCE: best text-search match first (needs filter.search).',
});
