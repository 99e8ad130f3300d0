import { SentReminderEntity } from '../modules/reminders/sent-reminder.entity.js';
import { AccountEntity } from '../modules/accounts/account.entity.js';
import { PasswordLinkEntity } from '../modules/accounts/password-link.entity.js';
import { SetupTokenEntity } from '../modules/accounts/setup-token.entity.js';
import { MailOutboxEntity } from '../modules/notifications/mail-outbox.entity.js';
import { NotificationEntity } from '../modules/notifications/notification.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { ChampionCountryEntity } from '../modules/countries/champion-country.entity.js';
import { CountryEntity } from '../modules/countries/country.entity.js';
import { RegionMembershipEntity } from '../modules/countries/region-membership.entity.js';
import { RegionEntity } from '../modules/countries/region.entity.js';
import {
  EventGoodPracticeEntity,
  EventObjectiveEntity,
  EventOrganiserEntity,
  EventParticipationEntity,
  EventPledgeEntity,
  EventReviewCycleEntity,
} from '../modules/events/event-links.entity.js';
import { EventEntity } from '../modules/events/event.entity.js';
import { GuidingPrincipleEntity } from '../modules/guiding-principles/guiding-principle.entity.js';
import { ImrfRoundTableEntity } from '../modules/objectives/imrf-round-table.entity.js';
import { ObjectiveEntity } from '../modules/objectives/objective.entity.js';
import { PledgeGuidingPrincipleEntity } from '../modules/pledges/pledge-guiding-principle.entity.js';
import { PledgeImplementationCountryEntity } from '../modules/pledges/pledge-implementation-country.entity.js';
import { PledgeObjectiveEntity } from '../modules/pledges/pledge-objective.entity.js';
import { PledgeParticipantEntity } from '../modules/pledges/pledge-participant.entity.js';
import { PledgeUpdateEntity } from '../modules/pledges/pledge-update.entity.js';
import { PledgeEntity } from '../modules/pledges/pledge.entity.js';
import {
  GoodPracticeCountryEntity,
  GoodPracticeGuidingPrincipleEntity,
  GoodPracticeObjectiveEntity,
  GoodPracticeRegionEntity,
} from '../modules/practices/good-practice-links.entity.js';
import { GoodPracticeReviewEntity } from '../modules/practices/good-practice-review.entity.js';
import { GoodPracticeEntity } from '../modules/practices/good-practice.entity.js';
import { ReviewCycleEntity } from '../modules/review-cycles/review-cycle.entity.js';
import { ProgressEntryEventEntity } from '../modules/progress/progress-entry-event.entity.js';
import { ProgressEntryPledgeEntity, ProgressEntryPracticeEntity } from '../modules/progress/progress-entry-links.entity.js';
import { ProgressEntryEntity } from '../modules/progress/progress-entry.entity.js';
import { ProgressReportEntity } from '../modules/progress/progress-report.entity.js';
import { ReportingWindowEntity, ReportingWindowExtensionEntity } from '../modules/progress/reporting-window.entity.js';

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
  SetupTokenEntity,
  AuditEventEntity,
  PledgeEntity,
  PledgeObjectiveEntity,
  PledgeGuidingPrincipleEntity,
  PledgeImplementationCountryEntity,
  PledgeParticipantEntity,
  PledgeUpdateEntity,
  GoodPracticeEntity,
  GoodPracticeObjectiveEntity,
  GoodPracticeGuidingPrincipleEntity,
  GoodPracticeCountryEntity,
  GoodPracticeRegionEntity,
  GoodPracticeReviewEntity,
  ProgressReportEntity,
  ProgressEntryEntity,
  ProgressEntryPledgeEntity,
  ProgressEntryPracticeEntity,
  ProgressEntryEventEntity,
  ReportingWindowEntity,
  ReportingWindowExtensionEntity,
  EventEntity,
  EventOrganiserEntity,
  EventObjectiveEntity,
  EventReviewCycleEntity,
  EventParticipationEntity,
  EventGoodPracticeEntity,
  EventPledgeEntity,
  PasswordLinkEntity,
  NotificationEntity,
  MailOutboxEntity,
  SentReminderEntity,
];
