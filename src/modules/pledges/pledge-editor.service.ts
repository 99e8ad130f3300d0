import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { assertActsForCountry } from '../../common/auth/country-scope.js';
import { Role } from '../../common/auth/role.js';
import { BadUserInputError, DomainError, type FieldError, IllegalTransitionError } from '../../common/errors/domain-error.js';
import { todayUtc } from '../../common/validation/fields.js';
import { actorOf, type AuditActor, AuditService, diffFields } from '../audit/audit.service.js';
import { CountriesService } from '../countries/countries.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import type { UpdatePledgeInput } from './dto/update-pledge.input.js';
import type { CreatePledgeInput } from './dto/create-pledge.input.js';
import type { PledgeUpdateInput } from './dto/pledge-update.input.js';
import type { PledgeRow } from './pledges.rows.js';
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
import { childRows, writeChildRows } from '../../database/child-rows.js';
import { lockRowForWrite } from '../../database/lock-for-write.js';

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

/** Why a pledge cannot take this next step of its history, if it cannot (`fields` name the step's status and date). */
export function checkNextStep(
  stored: { status: PledgeStatus; statusDate: string },
  step: { status: PledgeStatus; date: string },
  fields: { status: string; date: string },
): { transition?: { message: string; field: FieldError }; date?: FieldError } {
  const refusal: { transition?: { message: string; field: FieldError }; date?: FieldError } = {};
  const from = stored.status;
  if (!PLEDGE_STATUS_NEXT[from].includes(step.status)) {
    refusal.transition = {
      message:
        from === PledgeStatus.WITHDRAWN
          ? 'A withdrawn pledge takes no further updates'
          : `A pledge cannot go from ${from} to ${step.status} (allowed: ${PLEDGE_STATUS_NEXT[from].join(', ')})`,
      field: { field: fields.status, messages: [`not allowed after ${from}`] },
    };
  }
  const dateErrors: string[] = [];
  if (step.date > todayUtc()) dateErrors.push('cannot be in the future');
  if (step.date < stored.statusDate) dateErrors.push(`cannot be before the latest update (${stored.statusDate})`);
  if (dateErrors.length) refusal.date = { field: fields.date, messages: dateErrors };
  return refusal;
}

/** A stored pledge found by its external id. */
export interface ExternallyKnownPledge {
  id: string;
  status: PledgeStatus;
  statusDate: string;
  pledgingCountryIso3: string | null;
}

/** What the import does with one row: a new pledge, or changes (and maybe a step) to the pledge it matched. */
export type ImportedPledge =
  | { content: PledgeContent; existing: null; initial: InitialUpdate }
  | { content: PledgeContent; existing: ExternallyKnownPledge; step: InitialUpdate | null };

const duplicateExternalId = (prefix: string, id?: string): DomainError =>
  new DomainError('CONFLICT', 'Another pledge of the same pledging entity has this external id', [
    { field: `${prefix}.externalId`, messages: [id ? `already the external id of pledge ${id}` : 'already in use'] },
  ]);

/** The unique index on external ids, raced by another writer: CONFLICT, not an internal error. */
export function rethrowDuplicateExternalId(err: unknown, prefix: string): never {
  const e = err as { driverError?: { code?: string; constraint?: string } };
  if (e.driverError?.code === '23505' && e.driverError.constraint === 'UQ_pledge_external_id') throw duplicateExternalId(prefix);
  throw err;
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
    return this.db
      .transaction(async (m) => {
        await this.assertReferencesExist(m, [{ content, prefix: 'input' }]);
        await this.assertExternalIdFree(m, content, null);
        const id = await this.insert(m, caller, content, initial as InitialUpdate);
        return this.pledges.findOne(id, m);
      })
      .catch((err: unknown) => rethrowDuplicateExternalId(err, 'input'));
  }

  /**
   * Stored pledges with the external ids of these contents (null where a content has none, or
   * none matches), in the same order, locked for the caller's transaction. The pledging entity
   * is compared as the unique index UQ_pledge_external_id compares it.
   */
  async findByExternalIds(m: EntityManager, contents: PledgeContent[]): Promise<(ExternallyKnownPledge | null)[]> {
    const keyed = contents.map((c, i) => ({ c, i })).filter(({ c }) => c.externalId !== null);
    const found = new Map<number, ExternallyKnownPledge>();
    if (keyed.length) {
      const rows = await m.query<
        { i: number; id: string; status: PledgeStatus; status_date: string; pledging_country_iso3: string | null }[]
      >(
        `SELECT k.i::int AS i, p.id, p.status, p.status_date::text AS status_date, p.pledging_country_iso3
           FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS k(i, kind, country, name, external_id)
           JOIN pledge p ON p.pledging_entity_kind = k.kind AND coalesce(p.pledging_country_iso3, '') = k.country
                        AND lower(coalesce(p.pledging_entity_name, '')) = lower(k.name) AND p.external_id = k.external_id
            FOR UPDATE OF p`,
        [
          keyed.map(({ i }) => i),
          keyed.map(({ c }) => c.pledgingEntityKind),
          keyed.map(({ c }) => c.pledgingCountryIso3 ?? ''),
          keyed.map(({ c }) => c.pledgingEntityName ?? ''),
          keyed.map(({ c }) => c.externalId),
        ],
      );
      for (const r of rows)
        found.set(r.i, { id: r.id, status: r.status, statusDate: r.status_date, pledgingCountryIso3: r.pledging_country_iso3 });
    }
    return contents.map((_, i) => found.get(i) ?? null);
  }

  private async assertExternalIdFree(m: EntityManager, content: PledgeContent, self: string | null): Promise<void> {
    const [other] = await this.findByExternalIds(m, [content]);
    if (other && other.id !== self) throw duplicateExternalId('input', other.id);
  }

  /**
   * Writes checked import rows with the caller's transaction: new pledges with their first
   * step; for a pledge matched by its external id, the changed fields (audited as UPDATE) and
   * the row's status as a new step when it differs. Returns each row's pledge and what was done.
   */
  async saveImported(
    m: EntityManager,
    actor: AuditActor,
    rows: ImportedPledge[],
  ): Promise<{ id: string; outcome: 'created' | 'updated' | 'unchanged' }[]> {
    const saved: { id: string; outcome: 'created' | 'updated' | 'unchanged' }[] = [];
    for (const row of rows) {
      if (row.existing === null) {
        saved.push({ id: await this.insert(m, actor, row.content, row.initial), outcome: 'created' });
        continue;
      }
      const { id } = row.existing;
      const changed = await this.writeChanges(m, actor, id, await this.pledges.loadContent(m, id), row.content);
      if (row.step) await this.appendStep(m, actor, row.existing, row.step);
      saved.push({ id, outcome: changed || row.step ? 'updated' : 'unchanged' });
    }
    return saved;
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
      ? await m.query<{ id: string }[]>('SELECT id FROM pledge WHERE id = ANY($1::uuid[])', [matchIds])
      : [];
    const known = { countries, cycles, pledges: new Set(pledgeRows.map((r) => r.id)) };
    return items.flatMap((i) => checkPledgeReferences(i.content, i.prefix, known));
  }

  private async assertReferencesExist(m: EntityManager, items: { content: PledgeContent; prefix: string }[]): Promise<void> {
    const errors = await this.findReferenceErrors(m, items);
    if (errors.length) throw new BadUserInputError('The pledge refers to records that do not exist', errors);
  }

  async update(caller: Caller, id: string, version: number, input: UpdatePledgeInput): Promise<PledgeRow> {
    return this.db
      .transaction(async (m) => {
        await this.lockForWrite(m, caller, id, version);
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
        await this.assertExternalIdFree(m, content, id);
        await this.writeChanges(m, caller, id, before, content);
        return this.pledges.findOne(id, m);
      })
      .catch((err: unknown) => rethrowDuplicateExternalId(err, 'input'));
  }

  /** Adds a dated step to the history; the pledge takes its status. */
  async recordUpdate(caller: Caller, id: string, version: number, input: PledgeUpdateInput): Promise<PledgeRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lockForWrite(m, caller, id, version);
      const step = {
        ...input,
        date: input.date ?? todayUtc(),
        narrative: input.narrative.trim(),
        evidenceLinks: input.evidenceLinks ?? [],
      };
      const refusal = checkNextStep(stored, step, { status: 'input.status', date: 'input.date' });
      if (refusal.transition) throw new IllegalTransitionError(refusal.transition.message, [refusal.transition.field]);
      if (refusal.date) throw new BadUserInputError('The update date is not valid', [refusal.date]);
      await this.appendStep(m, caller, stored, step);
      return this.pledges.findOne(id, m);
    });
  }

  /** Writes a pledge's new content where it differs from the stored one, audited as UPDATE; whether anything changed. */
  private async writeChanges(
    m: EntityManager,
    actor: AuditActor,
    id: string,
    before: PledgeContent,
    content: PledgeContent,
  ): Promise<boolean> {
    const changes = diffFields<Record<string, unknown>>({ ...before }, { ...content }, AUDITED_PLEDGE_FIELDS);
    if (Object.keys(changes).length === 0) return false;
    await m.update(PledgeEntity, { id }, this.columnsOf(content));
    await this.replaceLinks(m, id, content);
    await this.audit.record(m, actor, {
      action: 'UPDATE',
      entityType: 'Pledge',
      entityId: id,
      countryIso3: content.pledgingCountryIso3,
      changes,
    });
    return true;
  }

  /** Writes a checked step: the history entry, the pledge's status, and the audit event. */
  private async appendStep(
    m: EntityManager,
    actor: AuditActor,
    stored: Pick<PledgeEntity, 'id' | 'status' | 'statusDate' | 'pledgingCountryIso3'>,
    step: InitialUpdate,
  ): Promise<void> {
    await m.insert(PledgeUpdateEntity, {
      pledgeId: stored.id,
      status: step.status,
      previousStatus: stored.status,
      occurredOn: step.date,
      narrative: step.narrative,
      evidenceLinks: step.evidenceLinks,
      ...this.recorder(actor),
    });
    await m.update(PledgeEntity, { id: stored.id }, { status: step.status, statusDate: step.date });
    await this.audit.record(m, actor, {
      action: stored.status === step.status ? 'PROGRESS_NOTE' : 'STATUS_CHANGE',
      entityType: 'Pledge',
      entityId: stored.id,
      countryIso3: stored.pledgingCountryIso3,
      changes: { status: { before: stored.status, after: step.status }, statusDate: { before: stored.statusDate, after: step.date } },
    });
  }

  /**
   * Locks the pledge row, refuses a stale version and a caller who may not act for it. Other
   * writers of the same pledge wait for this transaction, then see the new version. A null
   * version is for steps that read the pledge without changing it.
   */
  lockForWrite(m: EntityManager, caller: Caller, id: string, version: number | null): Promise<PledgeEntity> {
    return lockRowForWrite(m, PledgeEntity, id, { what: 'Pledge', assertWritable: (p) => assertMayRecordPledge(caller, p), version });
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
      externalId: c.externalId,
      target: c.target,
      targetDate: c.targetDate,
    };
  }

  /** Writes the pledge's lists (objectives, principles, countries, participants), replacing stored ones. */
  private async replaceLinks(m: EntityManager, pledgeId: string, c: PledgeContent, replace = true): Promise<void> {
    await writeChildRows(
      m,
      { pledgeId },
      [
        childRows(
          PledgeObjectiveEntity,
          c.objectives.map((n) => ({ pledgeId, objectiveNumber: n, isMain: n === c.mainObjective })),
        ),
        childRows(
          PledgeGuidingPrincipleEntity,
          c.guidingPrinciples.map((n) => ({ pledgeId, principleNumber: n })),
        ),
        childRows(
          PledgeImplementationCountryEntity,
          c.implementationCountries.map((iso3) => ({ pledgeId, countryIso3: iso3 })),
        ),
        childRows(
          PledgeParticipantEntity,
          c.participants.map((p, i) => ({ pledgeId, position: i + 1, name: p.name, kind: p.kind, countryIso3: p.countryIso3 })),
        ),
      ],
      { ownerIsNew: !replace },
    );
  }

  private recorder(actor: AuditActor): { recordedByAccountId: string | null; recordedBy: string } {
    const who = actorOf(actor);
    return { recordedByAccountId: who.accountId, recordedBy: who.label };
  }
}
