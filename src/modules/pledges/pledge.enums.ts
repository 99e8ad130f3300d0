import { registerEnumType } from '@nestjs/graphql';

/** Who made a pledge: a member state, or a stakeholder of one of these kinds. */
export enum PledgingEntityKind {
  MEMBER_STATE = 'MEMBER_STATE',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  LOCAL_GOVERNMENT = 'LOCAL_GOVERNMENT',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
  UN_ENTITY = 'UN_ENTITY',
  ACADEMIA = 'ACADEMIA',
  OTHER = 'OTHER',
}
registerEnumType(PledgingEntityKind, {
  name: 'PledgingEntityKind',
  description: 'Who made the pledge: a member state or a kind of stakeholder.',
});

/** The nature of a pledge, as on the UN Network on Migration pledge form (section III). */
export enum PledgeNature {
  FINANCIAL = 'FINANCIAL',
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
  PROCESS = 'PROCESS',
  POLICY = 'POLICY',
}
registerEnumType(PledgeNature, {
  name: 'PledgeNature',
  description: 'Financial contribution, human resources (technical assistance, pro bono), process-oriented or policy-oriented commitment.',
});

/** The type of a pledge, as on the pledge form (section II). */
export enum PledgeType {
  INDIVIDUAL = 'INDIVIDUAL',
  COMMON = 'COMMON',
  PARTNERSHIP = 'PARTNERSHIP',
  MATCHING = 'MATCHING',
}
registerEnumType(PledgeType, {
  name: 'PledgeType',
  description:
    'INDIVIDUAL (one actor); COMMON (joint, several actors) and PARTNERSHIP (several actors towards a shared goal) list their participants; MATCHING links to the pledge it matches.',
});

/** Where a pledge stands. FULFILLED and WITHDRAWN are final. */
export enum PledgeStatus {
  PLANNING = 'PLANNING',
  IN_PROGRESS = 'IN_PROGRESS',
  FULFILLED = 'FULFILLED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PledgeStatus, {
  name: 'PledgeStatus',
  description: 'PLANNING -> IN_PROGRESS -> FULFILLED, or WITHDRAWN at any point before it is fulfilled.',
});

/** Which status may follow which. An update may keep the status (a progress note). */
export const PLEDGE_STATUS_NEXT: Record<PledgeStatus, readonly PledgeStatus[]> = {
  [PledgeStatus.PLANNING]: [PledgeStatus.PLANNING, PledgeStatus.IN_PROGRESS, PledgeStatus.FULFILLED, PledgeStatus.WITHDRAWN],
  [PledgeStatus.IN_PROGRESS]: [PledgeStatus.IN_PROGRESS, PledgeStatus.FULFILLED, PledgeStatus.WITHDRAWN],
  [PledgeStatus.FULFILLED]: [PledgeStatus.FULFILLED],
  [PledgeStatus.WITHDRAWN]: [],
};

export enum PledgeOrder {
  NEWEST = 'NEWEST',
  TITLE = 'TITLE',
  TARGET_DATE = 'TARGET_DATE',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(PledgeOrder, {
  name: 'PledgeOrder',
  description:
    'NEWEST: most recently recorded first. TITLE: A to Z. TARGET_DATE: soonest first, undated last. RELEVANCE: best text-search match first (needs filter.search).',
});
