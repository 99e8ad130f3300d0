import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { assertActsForCountry } from '../../common/auth/country-scope.js';
import { Role } from '../../common/auth/role.js';
import { BadUserInputError, DomainError, type FieldError } from '../../common/errors/domain-error.js';
import { lockRowForWrite } from '../../database/lock-for-write.js';
import { actorOf, AuditService, diffFields } from '../audit/audit.service.js';
import { CountriesService } from '../countries/countries.service.js';
import { PledgesService } from '../pledges/pledges.service.js';
import { PracticesService } from '../practices/practices.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import type { EventPledgeLinkInput } from './dto/event-pledge-link.input.js';
import type { EventParticipationInput } from './dto/event-participation.input.js';
import type { UpdateEventInput } from './dto/update-event.input.js';
import type { CreateEventInput } from './dto/create-event.input.js';
import { AUDITED_EVENT_FIELDS, checkEventContent, type EventContent, eventFromCreate, eventWithChanges } from './event-content.js';
import {
  EventGoodPracticeEntity,
  EventObjectiveEntity,
  EventOrganiserEntity,
  EventParticipationEntity,
  EventPledgeEntity,
  EventReviewCycleEntity,
} from './event-links.entity.js';
import { EventEntity } from './event.entity.js';
import type { EventRow } from './events.rows.js';
import { EventsService } from './events.service.js';

const ENTITY = 'Event';

/**
 * Writing events: the secretariat creates and edits events and any country's participation;
 * a focal point records its own country's participation and links its own country's good
 * practices and pledges. Each write is one transaction with its audit event.
 */
@Injectable()
export class EventEditorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly countries: CountriesService,
    private readonly cycles: ReviewCyclesService,
    private readonly practices: PracticesService,
    private readonly pledges: PledgesService,
  ) {}

  async create(caller: Caller, input: CreateEventInput): Promise<EventRow> {
    const content = eventFromCreate(input);
    this.assertValid(checkEventContent(content, 'input'));
    return this.db.transaction(async (m) => {
      await this.assertReferencesExist(m, content);
      const result = await m.insert(EventEntity, {
        ...this.columnsOf(content),
        referenceKey: null,
        createdByAccountId: caller.kind === 'account' ? caller.accountId : null,
      });
      const id = (result.identifiers[0] as { id: string }).id;
      await this.writeLinks(m, id, content, false);
      await this.audit.record(m, caller, {
        action: 'CREATE',
        entityType: ENTITY,
        entityId: id,
        changes: diffFields<Record<string, unknown>>(null, { ...content }, AUDITED_EVENT_FIELDS),
      });
      return this.events.findOne(id, m);
    });
  }

  async update(caller: Caller, id: string, version: number, input: UpdateEventInput): Promise<EventRow> {
    return this.db.transaction(async (m) => {
      await this.lockEvent(m, id, version);
      const before = await this.events.loadContent(m, id);
      const after = eventWithChanges(before, input);
      this.assertValid(checkEventContent(after, 'input'));
      await this.assertReferencesExist(m, after);
      const changes = diffFields<Record<string, unknown>>({ ...before }, { ...after }, AUDITED_EVENT_FIELDS);
      if (Object.keys(changes).length) {
        await m.update(EventEntity, { id }, this.columnsOf(after));
        await this.writeLinks(m, id, after, true);
        await this.audit.record(m, caller, { action: 'UPDATE', entityType: ENTITY, entityId: id, changes });
      }
      return this.events.findOne(id, m);
    });
  }

  /** Removes an event entered by mistake, with its participation and links; the audit trail keeps what it said. */
  async remove(caller: Caller, id: string, version: number): Promise<string> {
    return this.db.transaction(async (m) => {
      await this.lockEvent(m, id, version);
      const before = await this.events.loadContent(m, id);
      const participation = await m.query<
        {
          country_iso3: string;
          role: string;
        }[]
      >('SELECT country_iso3, role FROM event_participation WHERE event_id = $1 ORDER BY country_iso3', [id]);
      await m.delete(EventEntity, { id });
      await this.audit.record(m, caller, {
        action: 'DELETE',
        entityType: ENTITY,
        entityId: id,
        changes: {
          ...diffFields<Record<string, unknown>>({ ...before }, null, AUDITED_EVENT_FIELDS),
          ...(participation.length
            ? { participation: { before: participation.map((p) => `${p.country_iso3}:${p.role}`), after: null } }
            : {}),
        },
      });
      return id;
    });
  }

  async recordParticipation(caller: Caller, input: EventParticipationInput): Promise<EventRow> {
    const iso3 = input.country.toUpperCase();
    assertActsForCountry(caller, iso3);
    return this.db.transaction(async (m) => {
      await this.lockEvent(m, input.eventId);
      if (!(await this.countries.known([iso3], m)).has(iso3)) {
        throw new BadUserInputError(`Unknown country ${iso3}`, [{ field: 'input.country', messages: [`unknown country ${iso3}`] }]);
      }
      const [current] = await m.query<{ role: string; from_reference: boolean }[]>(
        'SELECT role, from_reference FROM event_participation WHERE event_id = $1 AND country_iso3 = $2',
        [input.eventId, iso3],
      );
      if (current?.from_reference) this.refuseReferenceParticipation(input.eventId, iso3);
      if (current?.role !== input.role) {
        await m.query(
          `INSERT INTO event_participation (event_id, country_iso3, role, from_reference, recorded_by) VALUES ($1, $2, $3, false, $4)
           ON CONFLICT (event_id, country_iso3) DO UPDATE SET role = EXCLUDED.role, recorded_by = EXCLUDED.recorded_by`,
          [input.eventId, iso3, input.role, actorOf(caller).label],
        );
        await this.audit.record(m, caller, {
          action: 'RECORD_PARTICIPATION',
          entityType: ENTITY,
          entityId: input.eventId,
          countryIso3: iso3,
          changes: { [`participation.${iso3}`]: { before: current?.role ?? null, after: input.role } },
        });
      }
      return this.events.findOne(input.eventId, m);
    });
  }

  async removeParticipation(caller: Caller, eventId: string, country: string): Promise<EventRow> {
    const iso3 = country.toUpperCase();
    assertActsForCountry(caller, iso3);
    return this.db.transaction(async (m) => {
      await this.lockEvent(m, eventId);
      const [current] = await m.query<{ role: string; from_reference: boolean }[]>(
        'SELECT role, from_reference FROM event_participation WHERE event_id = $1 AND country_iso3 = $2',
        [eventId, iso3],
      );
      if (current?.from_reference) this.refuseReferenceParticipation(eventId, iso3);
      if (current) {
        await m.delete(EventParticipationEntity, { eventId, countryIso3: iso3 });
        await this.audit.record(m, caller, {
          action: 'REMOVE_PARTICIPATION',
          entityType: ENTITY,
          entityId: eventId,
          countryIso3: iso3,
          changes: { [`participation.${iso3}`]: { before: current.role, after: null } },
        });
      }
      return this.events.findOne(eventId, m);
    });
  }

  /** Links a good practice shared at the event: a focal point, one its country keeps; the secretariat, any it sees. */
  async linkPractice(caller: Caller, eventId: string, practiceId: string, linked: boolean): Promise<EventRow> {
    return this.db.transaction(async (m) => {
      await this.lockEvent(m, eventId);
      const practice = await this.practices.findOne(caller, practiceId, m);
      this.assertKeeps(caller, practice.owner_country_iso3, 'good practice');
      // The event row is locked: no other write of its links runs meanwhile.
      const [present] = await m.query<unknown[]>('SELECT 1 FROM event_good_practice WHERE event_id = $1 AND practice_id = $2', [
        eventId,
        practiceId,
      ]);
      const changes = linked !== (present !== undefined);
      if (changes && linked) {
        await m.query('INSERT INTO event_good_practice (event_id, practice_id, linked_by) VALUES ($1, $2, $3)', [
          eventId,
          practiceId,
          actorOf(caller).label,
        ]);
      } else if (changes) {
        await m.delete(EventGoodPracticeEntity, { eventId, practiceId });
      }
      if (changes) {
        await this.audit.record(m, caller, {
          action: linked ? 'LINK_GOOD_PRACTICE' : 'UNLINK_GOOD_PRACTICE',
          entityType: ENTITY,
          entityId: eventId,
          countryIso3: practice.owner_country_iso3,
          changes: { goodPractice: linked ? { before: null, after: practiceId } : { before: practiceId, after: null } },
        });
      }
      return this.events.findOne(eventId, m);
    });
  }

  /** Links a pledge announced or reviewed at the event: a focal point, one its country made; the secretariat, any. */
  async linkPledge(caller: Caller, input: EventPledgeLinkInput, linked: boolean): Promise<EventRow> {
    return this.db.transaction(async (m) => {
      await this.lockEvent(m, input.eventId);
      const pledge = await this.pledges.findOne(input.pledgeId, m);
      this.assertKeeps(caller, pledge.pledging_entity_kind === 'MEMBER_STATE' ? pledge.pledging_country_iso3 : null, 'pledge');
      const [current] = await m.query<
        {
          relation: string;
        }[]
      >('SELECT relation FROM event_pledge WHERE event_id = $1 AND pledge_id = $2', [input.eventId, input.pledgeId]);
      const after = linked ? input.relation : null;
      if ((current?.relation ?? null) !== after) {
        if (linked) {
          await m.query(
            `INSERT INTO event_pledge (event_id, pledge_id, relation, linked_by) VALUES ($1, $2, $3, $4)
             ON CONFLICT (event_id, pledge_id) DO UPDATE SET relation = EXCLUDED.relation, linked_by = EXCLUDED.linked_by`,
            [input.eventId, input.pledgeId, input.relation, actorOf(caller).label],
          );
        } else {
          await m.delete(EventPledgeEntity, { eventId: input.eventId, pledgeId: input.pledgeId });
        }
        await this.audit.record(m, caller, {
          action: linked ? 'LINK_PLEDGE' : 'UNLINK_PLEDGE',
          entityType: ENTITY,
          entityId: input.eventId,
          countryIso3: pledge.pledging_country_iso3,
          changes: { [`pledge.${input.pledgeId}`]: { before: current?.relation ?? null, after } },
        });
      }
      return this.events.findOne(input.eventId, m);
    });
  }

  /**
   * Locks the event row for the write (participation and links of one event are written one at
   * a time). With the version read, for a change of the event itself: refuses an event of the
   * reference data, then a stale version.
   */
  private lockEvent(m: EntityManager, id: string, version?: number): Promise<EventEntity> {
    if (version === undefined) return lockRowForWrite(m, EventEntity, id, { what: ENTITY });
    return lockRowForWrite(m, EventEntity, id, { what: ENTITY, assertWritable: (e) => this.assertNotReference(e), version });
  }

  /** The secretariat links any record; a focal point only its own country's. */
  private assertKeeps(caller: Caller, iso3: string | null, what: string): void {
    if (caller.kind === 'account' && caller.role === Role.SECRETARIAT) return;
    if (caller.kind === 'account' && caller.role === Role.FOCAL_POINT && iso3 !== null && iso3 === caller.countryIso3) return;
    throw new DomainError('FORBIDDEN', `A focal point links its own country's ${what}s only`);
  }

  private assertNotReference(stored: EventEntity): void {
    if (stored.referenceKey === null) return;
    throw new DomainError(
      'CONFLICT',
      `Event ${stored.id} comes from the reference data: change reference/gcm-reference.json or reference/events.json`,
      [{ field: 'id', messages: ['an event of the reference data changes only there'] }],
    );
  }

  private refuseReferenceParticipation(eventId: string, iso3: string): never {
    throw new DomainError('CONFLICT', `The reference data list ${iso3} at event ${eventId}: that participation changes only there`, [
      { field: 'input.country', messages: [`${iso3}'s participation comes from the reference data`] },
    ]);
  }

  private assertValid(errors: FieldError[]): void {
    if (errors.length) throw new BadUserInputError('The event is not valid', errors);
  }

  private async assertReferencesExist(m: EntityManager, c: EventContent): Promise<void> {
    // One after the other: they share the transaction's connection.
    const governments = c.organisers.map((o) => o.countryIso3).filter((x): x is string => x !== null);
    const countries = await this.countries.known([...governments, ...(c.hostCountryIso3 ? [c.hostCountryIso3] : [])], m);
    const cycles = await this.cycles.known(
      c.reviewCycles.map((r) => r.code),
      m,
    );
    const errors: FieldError[] = [];
    c.organisers.forEach((o, i) => {
      if (o.countryIso3 && !countries.has(o.countryIso3))
        errors.push({ field: `input.organisers.${i}.country`, messages: [`unknown country ${o.countryIso3}`] });
    });
    if (c.hostCountryIso3 && !countries.has(c.hostCountryIso3))
      errors.push({ field: 'input.hostCountry', messages: [`unknown country ${c.hostCountryIso3}`] });
    c.reviewCycles.forEach((r, i) => {
      if (!cycles.has(r.code)) errors.push({ field: `input.reviewCycles.${i}.code`, messages: [`unknown review cycle ${r.code}`] });
    });
    if (errors.length) throw new BadUserInputError('The event refers to records that do not exist', errors);
  }

  private columnsOf(c: EventContent): Partial<EventEntity> {
    return {
      kind: c.kind,
      titleEn: c.titleEn,
      titleFr: c.titleFr,
      titleEs: c.titleEs,
      startDate: c.startDate,
      endDate: c.endDate,
      attendance: c.attendance,
      place: c.place,
      hostCountryIso3: c.hostCountryIso3,
      summary: c.summary,
      note: c.note,
      outcomeLinks: c.outcomeLinks,
      sources: c.sources,
      confirmed: c.confirmed,
      countedParticipants: c.countedParticipation?.count ?? null,
      countedOutOf: c.countedParticipation?.outOf ?? null,
      countedGroup: c.countedParticipation?.group ?? null,
    };
  }

  private async writeLinks(m: EntityManager, eventId: string, c: EventContent, replace: boolean): Promise<void> {
    if (replace)
      for (const entity of [EventOrganiserEntity, EventObjectiveEntity, EventReviewCycleEntity]) await m.delete(entity, { eventId });
    if (c.organisers.length)
      await m.insert(
        EventOrganiserEntity,
        c.organisers.map((o, i) => ({ eventId, position: i + 1, name: o.name, kind: o.kind, countryIso3: o.countryIso3 })),
      );
    if (c.objectives.length)
      await m.insert(
        EventObjectiveEntity,
        c.objectives.map((n) => ({ eventId, objectiveNumber: n })),
      );
    if (c.reviewCycles.length)
      await m.insert(
        EventReviewCycleEntity,
        c.reviewCycles.map((r) => ({ eventId, cycleCode: r.code, relation: r.relation })),
      );
  }
}
