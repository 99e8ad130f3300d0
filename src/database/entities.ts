import { AccountEntity } from '../modules/accounts/account.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { ChampionCountryEntity } from '../modules/countries/champion-country.entity.js';
import { CountryEntity } from '../modules/countries/country.entity.js';
import { RegionMembershipEntity } from '../modules/countries/region-membership.entity.js';
import { RegionEntity } from '../modules/countries/region.entity.js';
import { GuidingPrincipleEntity } from '../modules/guiding-principles/guiding-principle.entity.js';
import { ImrfRoundTableEntity } from '../modules/objectives/imrf-round-table.entity.js';
import { ObjectiveEntity } from '../modules/objectives/objective.entity.js';
import { ReviewCycleEntity } from '../modules/review-cycles/review-cycle.entity.js';

/** Every entity, for the options builder (server, migration CLI and tests alike). */
export const entities = [
  ObjectiveEntity,
  ImrfRoundTableEntity,
  GuidingPrincipleEntity,
  CountryEntity,
  ChampionCountryEntity,
  RegionEntity,
  RegionMembershipEntity,
  ReviewCycleEntity,
  AccountEntity,
  AuditEventEntity,
];
