import type { Caller } from '../../common/auth/caller.js';
import { keepsRecordsOf } from '../../common/auth/country-scope.js';
import { PledgingEntityKind } from './pledge.enums.js';

/**
 * Who sees what of a pledge: the one rule of the feature. Pledges and their dated updates
 * are public; who recorded each update is for those who keep the pledging country's
 * records (its focal points and the secretariat), and for the secretariat on pledges of
 * stakeholders and partnerships.
 */
export const seesPledgeRecorders = (caller: Caller, pledgingEntity: { kind: PledgingEntityKind; countryIso3: string | null }): boolean =>
  keepsRecordsOf(caller, pledgingEntity.kind === PledgingEntityKind.MEMBER_STATE ? pledgingEntity.countryIso3 : null);
