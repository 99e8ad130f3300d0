import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public, Roles } from '../../common/auth/access.decorators.js';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentCaller } from '../../common/auth/current-caller.decorator.js';
import { Role } from '../../common/auth/role.js';
import { Language } from '../../common/i18n/language.js';
import { mapConnection } from '../../common/pagination/keyset.js';
import { selectsTotalCount } from '../../common/pagination/keyset-page.js';
import { maxItems } from '../../common/pagination/list-size.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { loadCountry } from '../countries/countries.loader.js';
import { CountryModel } from '../countries/models/country.model.js';
import { ObjectiveModel } from '../objectives/models/objective.model.js';
import { loadObjectives } from '../objectives/objectives.loader.js';
import { PledgeModel } from '../pledges/models/pledge.model.js';
import { loadPledge } from '../pledges/pledges.loader.js';
import { GoodPracticeModel } from '../practices/models/good-practice.model.js';
import { loadVisiblePractices } from '../practices/practices.loader.js';
import { loadReviewCycle } from '../review-cycles/review-cycles.loader.js';
import { ReviewCycleModel } from '../review-cycles/models/review-cycle.model.js';
import { EventPledgeLinkInput } from './dto/event-pledge-link.input.js';
import { EventParticipationInput } from './dto/event-participation.input.js';
import { UpdateEventInput } from './dto/update-event.input.js';
import { CreateEventInput } from './dto/create-event.input.js';
import { EventsArgs } from './dto/events.args.js';
import { EventPracticeArgs } from './dto/event-practice.args.js';
import { EventCountryArgs } from './dto/event-country.args.js';
import { EventArgs } from './dto/event.args.js';
import { EventEditorService } from './event-editor.service.js';
import { EventModel, toEventModel } from './models/event.model.js';
import { EventConnection } from './models/event-connection.model.js';
import { EventPledgeModel } from './models/event-pledge.model.js';
import { EventParticipationModel } from './models/event-participation.model.js';
import { EventReviewCycleModel } from './models/event-review-cycle.model.js';
import { EventOrganiserModel } from './models/event-organiser.model.js';
import type { EventRow } from './events.rows.js';
import {
  EVENT_OBJECTIVES,
  EVENT_ORGANISERS,
  EVENT_PARTICIPATION,
  EVENT_PLEDGES,
  EVENT_PRACTICES,
  EVENT_REVIEW_CYCLES,
  EVENTS_OF_COUNTRY,
  EVENTS_OF_CYCLE,
  EVENTS_OF_PLEDGE,
  EVENTS_OF_PRACTICE,
  EVENTS_ON_OBJECTIVE,
} from './events.loader.js';
import { EventsService, NESTED_EVENTS_MAX } from './events.service.js';
import { defined } from '../../common/defined.js';
const NESTED = `The latest ${NESTED_EVENTS_MAX} at most, latest first.`;

@Resolver(() => EventModel)
export class EventsResolver {
  constructor(
    private readonly eventService: EventsService,
    private readonly editor: EventEditorService,
  ) {}

  @Query(() => EventConnection, {
    description:
      'Events on the GCM calendar, filtered and paginated, earliest first unless asked otherwise. Public: unconfirmed events are flagged.',
  })
  @Public()
  async events(@Args() args: EventsArgs, @Info() info: GraphQLResolveInfo): Promise<EventConnection> {
    return mapConnection(await this.eventService.findPage(args, selectsTotalCount(info)), (row) => toEventModel(row, args.lang));
  }

  @Query(() => EventModel, { description: 'One event by id (NOT_FOUND when there is none).' })
  @Public()
  async event(@Args() { id, lang }: EventArgs): Promise<EventModel> {
    return toEventModel(await this.eventService.findOne(id), lang);
  }

  @Mutation(() => EventModel, { description: 'Adds an event to the GCM calendar.' })
  @Roles(Role.SECRETARIAT)
  async createEvent(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => CreateEventInput }) input: CreateEventInput,
  ): Promise<EventModel> {
    return toEventModel(await this.editor.create(caller, input), Language.EN);
  }

  @Mutation(() => EventModel, {
    description: 'Changes an event (not one of the reference data: CONFLICT). Send the version you read.',
  })
  @Roles(Role.SECRETARIAT)
  async updateEvent(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => UpdateEventInput }) input: UpdateEventInput,
  ): Promise<EventModel> {
    return toEventModel(await this.editor.update(caller, id, version, input), Language.EN);
  }

  @Mutation(() => ID, {
    description:
      'Removes an event entered by mistake, with its participation and links (not one of the reference data: CONFLICT); the audit trail keeps what it said. Returns its id.',
  })
  @Roles(Role.SECRETARIAT)
  async deleteEvent(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.editor.remove(caller, id, version);
  }

  @Mutation(() => EventModel, {
    description:
      'Records that a country took part in an event, and how (a focal point: its own country). Recording again changes the role.',
  })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async recordEventParticipation(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => EventParticipationInput }) input: EventParticipationInput,
  ): Promise<EventModel> {
    return toEventModel(await this.editor.recordParticipation(caller, input), Language.EN);
  }

  @Mutation(() => EventModel, { description: "Removes a country's recorded participation (a focal point: its own country)." })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async removeEventParticipation(@CurrentCaller() caller: Caller, @Args() { eventId, country }: EventCountryArgs): Promise<EventModel> {
    return toEventModel(await this.editor.removeParticipation(caller, eventId, country), Language.EN);
  }

  @Mutation(() => EventModel, { description: "Links a good practice shared at the event (a focal point: its own country's)." })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async linkEventGoodPractice(@CurrentCaller() caller: Caller, @Args() { eventId, practiceId }: EventPracticeArgs): Promise<EventModel> {
    return toEventModel(await this.editor.linkPractice(caller, eventId, practiceId, true), Language.EN);
  }

  @Mutation(() => EventModel, { description: 'Removes the link between an event and a good practice.' })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async unlinkEventGoodPractice(@CurrentCaller() caller: Caller, @Args() { eventId, practiceId }: EventPracticeArgs): Promise<EventModel> {
    return toEventModel(await this.editor.linkPractice(caller, eventId, practiceId, false), Language.EN);
  }

  @Mutation(() => EventModel, { description: "Links a pledge announced or reviewed at the event (a focal point: its own state's)." })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async linkEventPledge(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => EventPledgeLinkInput }) input: EventPledgeLinkInput,
  ): Promise<EventModel> {
    return toEventModel(await this.editor.linkPledge(caller, input, true), Language.EN);
  }

  @Mutation(() => EventModel, { description: 'Removes the link between an event and a pledge.' })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async unlinkEventPledge(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => EventPledgeLinkInput }) input: EventPledgeLinkInput,
  ): Promise<EventModel> {
    return toEventModel(await this.editor.linkPledge(caller, input, false), Language.EN);
  }

  @ResolveField(() => CountryModel, { nullable: true, description: 'The country it was held in.' })
  hostCountry(@Parent() event: EventModel, @Context() ctx: GraphqlContext): Promise<CountryModel | null> {
    return loadCountry(ctx.loaders, event.hostCountryIso3, event.requestedLanguage);
  }

  @ResolveField(() => [EventOrganiserModel], { complexity: maxItems(30), description: 'In the order the sources give.' })
  async organisers(@Parent() event: EventModel, @Context() ctx: GraphqlContext): Promise<EventOrganiserModel[]> {
    return (await ctx.loaders.get(EVENT_ORGANISERS).load(event.id)).map((o) => ({
      name: o.name,
      kind: o.kind,
      countryIso3: o.country_iso3,
      requestedLanguage: event.requestedLanguage,
    }));
  }

  @ResolveField(() => [ObjectiveModel], { complexity: maxItems(23), description: 'Objectives in focus, by number.' })
  async objectives(@Parent() event: EventModel, @Context() ctx: GraphqlContext): Promise<ObjectiveModel[]> {
    return loadObjectives(ctx.loaders, await ctx.loaders.get(EVENT_OBJECTIVES).load(event.id), event.requestedLanguage);
  }

  @ResolveField(() => [EventReviewCycleModel], {
    complexity: maxItems(20),
    description: 'Review cycles it is part of or prepares for, oldest first.',
  })
  async reviewCycles(@Parent() event: EventModel, @Context() ctx: GraphqlContext): Promise<EventReviewCycleModel[]> {
    return (await ctx.loaders.get(EVENT_REVIEW_CYCLES).load(event.id)).map((c) => ({ relation: c.relation, cycleCode: c.cycle_code }));
  }

  @ResolveField(() => [EventParticipationModel], {
    complexity: maxItems(194),
    description:
      'Countries known to have taken part, co-organisers first. See countedParticipation for participation known only as a count.',
  })
  async participation(@Parent() event: EventModel, @Context() ctx: GraphqlContext): Promise<EventParticipationModel[]> {
    return (await ctx.loaders.get(EVENT_PARTICIPATION).load(event.id)).map((p) => ({
      eventId: p.event_id,
      countryIso3: p.country_iso3,
      role: p.role,
      fromReferenceData: p.from_reference,
      recordedAt: p.recorded_at,
      requestedLanguage: event.requestedLanguage,
    }));
  }

  @ResolveField(() => [GoodPracticeModel], { complexity: maxItems(100), description: 'Good practices shared at it that you may see.' })
  async goodPractices(
    @Parent() event: EventModel,
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
  ): Promise<GoodPracticeModel[]> {
    return loadVisiblePractices(ctx.loaders, caller, await ctx.loaders.get(EVENT_PRACTICES).load(event.id), event.requestedLanguage);
  }

  @ResolveField(() => [EventPledgeModel], { complexity: maxItems(100), description: 'Pledges announced or reviewed at it.' })
  async pledges(@Parent() event: EventModel, @Context() ctx: GraphqlContext): Promise<EventPledgeModel[]> {
    return (await ctx.loaders.get(EVENT_PLEDGES).load(event.id)).map((p) => ({
      relation: p.relation,
      pledgeId: p.pledge_id,
      requestedLanguage: event.requestedLanguage,
    }));
  }
}

@Resolver(() => EventOrganiserModel)
export class EventOrganiserResolver {
  @ResolveField(() => CountryModel, { nullable: true, description: 'The government, for GOVERNMENT organisers.' })
  country(@Parent() o: EventOrganiserModel, @Context() ctx: GraphqlContext): Promise<CountryModel | null> {
    return loadCountry(ctx.loaders, o.countryIso3, o.requestedLanguage);
  }
}

@Resolver(() => EventReviewCycleModel)
export class EventReviewCycleResolver {
  @ResolveField(() => ReviewCycleModel)
  async cycle(@Parent() c: EventReviewCycleModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel> {
    return (await loadReviewCycle(ctx.loaders, c.cycleCode)) as ReviewCycleModel;
  }
}

@Resolver(() => EventParticipationModel)
export class EventParticipationResolver {
  @ResolveField(() => CountryModel)
  async country(@Parent() p: EventParticipationModel, @Context() ctx: GraphqlContext): Promise<CountryModel> {
    return (await loadCountry(ctx.loaders, p.countryIso3, p.requestedLanguage)) as CountryModel;
  }
}

@Resolver(() => EventPledgeModel)
export class EventPledgeResolver {
  @ResolveField(() => PledgeModel)
  async pledge(@Parent() p: EventPledgeModel, @Context() ctx: GraphqlContext): Promise<PledgeModel> {
    // The link is removed with the pledge (ON DELETE CASCADE), so the pledge exists.
    return defined(await loadPledge(ctx.loaders, p.pledgeId, p.requestedLanguage), `pledge ${p.pledgeId}`);
  }
}

const eventsOf = async (load: Promise<EventRow[]>, lang: Language): Promise<EventModel[]> =>
  (await load).map((row) => toEventModel(row, lang));

/** The events a country took part in, on its own page. */
@Resolver(() => CountryModel)
export class CountryEventsResolver {
  @ResolveField(() => [EventModel], {
    complexity: maxItems(NESTED_EVENTS_MAX),
    description: `Events the country hosted, took part in or organised. ${NESTED}`,
  })
  events(@Parent() country: CountryModel, @Context() ctx: GraphqlContext): Promise<EventModel[]> {
    return eventsOf(ctx.loaders.get(EVENTS_OF_COUNTRY).load(country.iso3), country.requestedLanguage);
  }
}

@Resolver(() => ObjectiveModel)
export class ObjectiveEventsResolver {
  @ResolveField(() => [EventModel], {
    complexity: maxItems(NESTED_EVENTS_MAX),
    description: `Events with this objective in focus. ${NESTED}`,
  })
  events(@Parent() objective: ObjectiveModel, @Context() ctx: GraphqlContext): Promise<EventModel[]> {
    return eventsOf(ctx.loaders.get(EVENTS_ON_OBJECTIVE).load(objective.number), objective.requestedLanguage);
  }
}

@Resolver(() => ReviewCycleModel)
export class ReviewCycleEventsResolver {
  @ResolveField(() => [EventModel], {
    complexity: maxItems(NESTED_EVENTS_MAX),
    description: `Events part of this cycle or preparing for it. ${NESTED}`,
  })
  events(@Parent() cycle: ReviewCycleModel, @Context() ctx: GraphqlContext): Promise<EventModel[]> {
    return eventsOf(ctx.loaders.get(EVENTS_OF_CYCLE).load(cycle.code), Language.EN);
  }
}

@Resolver(() => GoodPracticeModel)
export class PracticeEventsResolver {
  @ResolveField(() => [EventModel], { complexity: maxItems(NESTED_EVENTS_MAX), description: `Events it was shared at. ${NESTED}` })
  events(@Parent() practice: GoodPracticeModel, @Context() ctx: GraphqlContext): Promise<EventModel[]> {
    return eventsOf(ctx.loaders.get(EVENTS_OF_PRACTICE).load(practice.id), practice.requestedLanguage);
  }
}

@Resolver(() => PledgeModel)
export class PledgeEventsResolver {
  @ResolveField(() => [EventModel], {
    complexity: maxItems(NESTED_EVENTS_MAX),
    description: `Events it was announced or reviewed at. ${NESTED}`,
  })
  events(@Parent() pledge: PledgeModel, @Context() ctx: GraphqlContext): Promise<EventModel[]> {
    return eventsOf(ctx.loaders.get(EVENTS_OF_PLEDGE).load(pledge.id), pledge.requestedLanguage);
  }
}
