import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { assertActsForCountry } from '../../common/auth/country-scope.js';
import { Role } from '../../common/auth/role.js';
import {
  BadUserInputError,
  DomainError,
  type FieldError,
  IllegalTransitionError,
  StaleVersionError,
} from '../../common/errors/domain-error.js';
import { todayUtc } from '../../common/validation/fields.js';
import { actorOf, type AuditActor, AuditService, diffFields } from '../audit/audit.service.js';
import { CountriesService } from '../countries/countries.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import type { CreatePledgeInput, PledgeUpdateInput, UpdatePledgeInput } from './dto/pledge.inputs.js';
import type { PledgeRow } from './models/pledge.model.js';
import {
  AUDITED_PLEDGE_FIELDS,
  checkPledgeContent,
  checkPledgeReferences,
  contentFromCreate,
  contentWithChanges,
  countriesReferenced,
  type PledgeContent,
} from './pledge-content.js';
import { PledgeGuidingPrincipleEntity } from './pledge-guiding-principle.entity.js';
import { PledgeImplementationCountryEntity } from './pledge-implementation-country.entity.js';
import { PledgeObjectiveEntity } from './pledge-objective.entity.js';
import { PledgeParticipantEntity } from './pledge-participant.entity.js';
import { PledgeUpdateEntity } from './pledge-update.entity.js';
import { PLEDGE_STATUS_NEXT, PledgeStatus, PledgingEntityKind } from './pledge.enums.js';
import { PledgeEntity } from './pledge.entity.js';
import { PledgesService } from './pledges.service.js';

/** A pledge's first history entry, as the import and createPledge give it. */
export interface InitialUpdate {
  status: PledgeStatus;
  date: string;
  narrative: string;
  evidenceLinks: string[];
}

export const DEFAULT_INITIAL_NARRATIVE = 'Pledge recorded.';

/** The first entry of a pledge's history, defaults applied, with field errors for what cannot be. */
export function initialUpdateOf(input: PledgeUpdateInput | undefined, prefix: string): InitialUpdate | FieldError {
  const date = input?.date ?? todayUtc();
  if (date > todayUtc()) return { field: `${prefix}.date`, messages: ['cannot be in the future'] };
  return {
    status: input?.status ?? PledgeStatus.PLANNING,
    date,
    narrative: input?.narrative?.trim() ?? DEFAULT_INITIAL_NARRATIVE,
    evidenceLinks: input?.evidenceLinks ?? [],
  };
}

/**
 * Who may record a pledge: the secretariat any; a focal point its own state's pledges only.
 * Stakeholder pledges are recorded by the secretariat.
 */
export function assertMayRecordPledge(caller: Caller, content: Pick<PledgeContent, 'pledgingEntityKind' | 'pledgingCountryIso3'>): void {
  if (caller.kind === 'account' && caller.role === Role.FOCAL_POINT && content.pledgingEntityKind !== PledgingEntityKind.MEMBER_STATE) {
    throw new DomainError(
      'FORBIDDEN',
      "Focal points record their own state's pledges; stakeholder pledges are recorded by the secretariat",
    );
  }
  assertActsForCountry(caller, content.pledgingCountryIso3);
}

/** Writing pledges: each write is one transaction, audited, and refuses stale versions. */
@Injectable()
export class PledgeEditorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly pledges: PledgesService,
    private readonly audit: AuditService,
    private readonly countries: CountriesService,
    private readonly cycles: ReviewCyclesService,
  ) {}

  async create(caller: Caller, input: CreatePledgeInput): Promise<PledgeRow> {
    const content = contentFromCreate(input);
    assertMayRecordPledge(caller, content);
    const initial = initialUpdateOf(input.initialUpdate, 'input.initialUpdate');
    const errors = [...checkPledgeContent(content, 'input'), ...('field' in initial ? [initial] : [])];
    if (errors.length) throw new BadUserInputError('The pledge is not valid', errors);
    return this.db.transaction(async (m) => {
      await this.assertReferencesExist(m, [{ content, prefix: 'input' }]);
      const id = await this.insert(m, caller, content, initial as InitialUpdate);
      return this.pledges.findOne(id, m);
    });
  }

  /** Inserts already validated pledges, all or none, with the caller's transaction. */
  async insertMany(m: EntityManager, actor: AuditActor, pledges: { content: PledgeContent; initial: InitialUpdate }[]): Promise<string[]> {
    const ids: string[] = [];
    for (const p of pledges) ids.push(await this.insert(m, actor, p.content, p.initial));
    return ids;
  }

  /** Field errors for every reference that does not exist, for many pledges in three lookups. */
  async findReferenceErrors(m: EntityManager, items: { content: PledgeContent; prefix: string }[]): Promise<FieldError[]> {
    const contents = items.map((i) => i.content);
    const matchIds = contents.map((c) => c.matchesPledgeId).filter((x): x is string => !!x);
    // One after the other: they share the transaction's connection.
    const countries = await this.countries.known(contents.flatMap(countriesReferenced), m);
    const cycles = await this.cycles.known(
      contents.map((c) => c.cycleCode).filter((x): x is string => !!x),
      m,
    );
    const pledgeRows = matchIds.length
      ? ((await m.query('SELECT id FROM pledge WHERE id = ANY($1::uuid[])', [matchIds])) as { id: string }[])
      : [];
    const known = { countries, cycles, pledges: new Set(pledgeRows.map((r) => r.id)) };
    return items.flatMap((i) => checkPledgeReferences(i.content, i.prefix, known));
  }

  private async assertReferencesExist(m: EntityManager, items: { content: PledgeContent; prefix: string }[]): Promise<void> {
    const errors = await this.findReferenceErrors(m, items);
    if (errors.length) throw new BadUserInputError('The pledge refers to records that do not exist', errors);
  }

  async update(caller: Caller, id: string, version: number, input: UpdatePledgeInput): Promise<PledgeRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lockForWrite(m, caller, id, version);
      const before = await this.pledges.loadContent(m, id);
      const content = contentWithChanges(before, input);
      assertMayRecordPledge(caller, content);
      if (content.matchesPledgeId === id)
        throw new BadUserInputError('A pledge cannot match itself', [
          { field: 'input.matchesPledge', messages: ['cannot be the pledge itself'] },
        ]);
      const errors = checkPledgeContent(content, 'input');
      if (errors.length) throw new BadUserInputError('The pledge is not valid', errors);
      await this.assertReferencesExist(m, [{ content, prefix: 'input' }]);
      const changes = diffFields<Record<string, unknown>>({ ...before }, { ...content }, AUDITED_PLEDGE_FIELDS);
      if (Object.keys(changes).length === 0) return this.pledges.findOne(id, m);
      await m.update(PledgeEntity, { id: stored.id }, this.columnsOf(content));
      await this.replaceLinks(m, id, content);
      await this.audit.record(m, caller, {
        action: 'UPDATE',
        entityType: 'Pledge',
        entityId: id,
        countryIso3: content.pledgingCountryIso3,
        changes,
      });
      return this.pledges.findOne(id, m);
    });
  }

  /** Adds a dated step to the history; the pledge takes its status. */
  async recordUpdate(caller: Caller, id: string, version: number, input: PledgeUpdateInput): Promise<PledgeRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lockForWrite(m, caller, id, version);
      const from = stored.status;
      if (!PLEDGE_STATUS_NEXT[from].includes(input.status)) {
        throw new IllegalTransitionError(
          from === PledgeStatus.WITHDRAWN
            ? 'A withdrawn pledge takes no further updates'
            : `A pledge cannot go from ${from} to ${input.status} (allowed: ${PLEDGE_STATUS_NEXT[from].join(', ')})`,
          [{ field: 'input.status', messages: [`not allowed after ${from}`] }],
        );
      }
      const date = input.date ?? todayUtc();
      const dateErrors: string[] = [];
      if (date > todayUtc()) dateErrors.push('cannot be in the future');
      if (date < stored.statusDate) dateErrors.push(`cannot be before the latest update (${stored.statusDate})`);
      if (dateErrors.length) throw new BadUserInputError('The update date is not valid', [{ field: 'input.date', messages: dateErrors }]);
      await m.insert(PledgeUpdateEntity, {
        pledgeId: id,
        status: input.status,
        previousStatus: from,
        occurredOn: date,
        narrative: input.narrative.trim(),
        evidenceLinks: input.evidenceLinks ?? [],
        ...this.recorder(caller),
      });
      await m.update(PledgeEntity, { id }, { status: input.status, statusDate: date });
      await this.audit.record(m, caller, {
        action: from === input.status ? 'PROGRESS_NOTE' : 'STATUS_CHANGE',
        entityType: 'Pledge',
        entityId: id,
        countryIso3: stored.pledgingCountryIso3,
        changes: { status: { before: from, after: input.status }, statusDate: { before: stored.statusDate, after: date } },
      });
      return this.pledges.findOne(id, m);
    });
  }

  /**
   * Locks the pledge row, refuses a stale version and a caller who may not act for it. Other
   * writers of the same pledge wait for this transaction, then see the new version. A null
   * version is for steps that read the pledge without changing it.
   */
  async lockForWrite(m: EntityManager, caller: Caller, id: string, version: number | null): Promise<PledgeEntity> {
    const stored = await m.findOne(PledgeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!stored) throw new DomainError('NOT_FOUND', `Pledge ${id} was not found`);
    assertMayRecordPledge(caller, stored);
    if (version !== null && stored.version !== version) throw new StaleVersionError('Pledge', id, stored.version, version);
    return stored;
  }

  private async insert(m: EntityManager, actor: AuditActor, content: PledgeContent, initial: InitialUpdate): Promise<string> {
    const result = await m.insert(PledgeEntity, {
      ...this.columnsOf(content),
      status: initial.status,
      statusDate: initial.date,
      createdByAccountId: actor.kind === 'account' ? actor.accountId : null,
    });
    const id = (result.identifiers[0] as { id: string }).id;
    await this.replaceLinks(m, id, content, false);
    await m.insert(PledgeUpdateEntity, {
      pledgeId: id,
      status: initial.status,
      previousStatus: null,
      occurredOn: initial.date,
      narrative: initial.narrative,
      evidenceLinks: initial.evidenceLinks,
      ...this.recorder(actor),
    });
    await this.audit.record(m, actor, {
      action: 'CREATE',
      entityType: 'Pledge',
      entityId: id,
      countryIso3: content.pledgingCountryIso3,
      changes: {
        ...diffFields<Record<string, unknown>>(null, { ...content }, AUDITED_PLEDGE_FIELDS),
        status: { before: null, after: initial.status },
      },
    });
    return id;
  }

  private columnsOf(c: PledgeContent): Partial<PledgeEntity> {
    return {
      title: c.title,
      description: c.description,
      language: c.language,
      pledgingEntityKind: c.pledgingEntityKind,
      pledgingCountryIso3: c.pledgingCountryIso3,
      pledgingEntityName: c.pledgingEntityName,
      isGlobal: c.isGlobal,
      cycleCode: c.cycleCode,
      nature: c.nature,
      type: c.type,
      matchesPledgeId: c.matchesPledgeId,
      target: c.target,
      targetDate: c.targetDate,
    };
  }

  /** Writes the pledge's lists (objectives, principles, countries, participants), replacing stored ones. */
  private async replaceLinks(m: EntityManager, pledgeId: string, c: PledgeContent, replace = true): Promise<void> {
    if (replace) {
      for (const entity of [
        PledgeObjectiveEntity,
        PledgeGuidingPrincipleEntity,
        PledgeImplementationCountryEntity,
        PledgeParticipantEntity,
      ]) {
        await m.delete(entity, { pledgeId });
      }
    }
    await m.insert(
      PledgeObjectiveEntity,
      c.objectives.map((n) => ({ pledgeId, objectiveNumber: n, isMain: n === c.mainObjective })),
    );
    if (c.guidingPrinciples.length)
      await m.insert(
        PledgeGuidingPrincipleEntity,
        c.guidingPrinciples.map((n) => ({ pledgeId, principleNumber: n })),
      );
    if (c.implementationCountries.length) {
      await m.insert(
        PledgeImplementationCountryEntity,
        c.implementationCountries.map((iso3) => ({ pledgeId, countryIso3: iso3 })),
      );
    }
    if (c.participants.length) {
      await m.insert(
        PledgeParticipantEntity,
        c.participants.map((p, i) => ({ pledgeId, position: i + 1, name: p.name, kind: p.kind, countryIso3: p.countryIso3 })),
      );
    }
  }

  private recorder(actor: AuditActor): { recordedByAccountId: string | null; recordedBy: string } {
    const who = actorOf(actor);
    return { recordedByAccountId: who.accountId, recordedBy: who.label };
  }
}
