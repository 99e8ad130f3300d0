import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { PledgesModule } from '../pledges/pledges.module.js';
import { PracticesModule } from '../practices/practices.module.js';
import { ReviewCyclesModule } from '../review-cycles/review-cycles.module.js';
import { EventEditorService } from './event-editor.service.js';
import { eventsLoaders } from './events.loader.js';
import {
  CountryEventsResolver,
  EventOrganiserResolver,
  EventParticipationResolver,
  EventPledgeResolver,
  EventReviewCycleResolver,
  EventsResolver,
  ObjectiveEventsResolver,
  PledgeEventsResolver,
  PracticeEventsResolver,
  ReviewCycleEventsResolver,
} from './events.resolver.js';
import { EventsService } from './events.service.js';

/** Events on the GCM calendar: side events, champions' dialogues, ministerial meetings, with who took part. */
@Module({
  imports: [AuditModule, CountriesModule, ReviewCyclesModule, PledgesModule, PracticesModule],
  providers: [
    eventsLoaders,
    EventsService,
    EventEditorService,
    EventsResolver,
    EventOrganiserResolver,
    EventReviewCycleResolver,
    EventParticipationResolver,
    EventPledgeResolver,
    CountryEventsResolver,
    ObjectiveEventsResolver,
    ReviewCycleEventsResolver,
    PracticeEventsResolver,
    PledgeEventsResolver,
  ],
  exports: [EventsService],
})
export class EventsModule {}
