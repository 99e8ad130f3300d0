import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { assertActsForCountry } from '../../common/auth/country-scope.js';
import { Role } from '../../common/auth/role.js';
import { BadUserInputError, DomainError, type FieldError, IllegalTransitionError } from '../../common/errors/domain-error.js';
import { actedByColumns, AuditService, diffFields } from '../audit/audit.service.js';
import { CountriesService } from '../countries/countries.service.js';
import { RegionsService } from '../countries/regions.service.js';
import { PledgeEditorService } from '../pledges/pledge-editor.service.js';
import { PledgeStatus, PledgeType, PledgeNature, PledgingEntityKind } from '../pledges/pledge.enums.js';
import { PledgesService } from '../pledges/pledges.service.js';
import type { UpdateGoodPracticeInput } from './dto/update-good-practice.input.js';
import type { CreateGoodPracticeInput } from './dto/create-good-practice.input.js';
import {
  GoodPracticeCountryEntity,
  GoodPracticeGuidingPrincipleEntity,
  GoodPracticeObjectiveEntity,
  GoodPracticeRegionEntity,
} from './good-practice-links.entity.js';
import { GoodPracticeReviewEntity } from './good-practice-review.entity.js';
import { GoodPracticeEntity } from './good-practice.entity.js';
import type { GoodPracticeRow } from './practices.rows.js';
import {
  AUDITED_PRACTICE_FIELDS,
  checkPracticeContent,
  checkReadyToSubmit,
  practiceFromCreate,
  practiceWithChanges,
  type PracticeContent,
} from './practice-content.js';
import { PracticeReviewAction, PracticeScope, PracticeStatus, PracticeType } from './practice.enums.js';
import { maySeePractice } from './practices.policy.js';
import { PracticesService } from './practices.service.js';
import { defined } from '../../common/defined.js';
import { childRows, writeChildRows } from '../../database/child-rows.js';
import { lockRowForWrite } from '../../database/lock-for-write.js';
import { NotificationKind } from '../notifications/notification.enums.js';
import { NotificationsService, type PracticeEvent } from '../notifications/notifications.service.js';

/** Whom each review step is told to: a submission to the secretariat, a return or a publication to the owner country's focal points. */
const NOTIFIED: Record<PracticeReviewAction, PracticeEvent['kind']> = {
  [PracticeReviewAction.SUBMITTED]: NotificationKind.PRACTICE_SUBMITTED,
  [PracticeReviewAction.RETURNED]: NotificationKind.PRACTICE_RETURNED,
  [PracticeReviewAction.PUBLISHED]: NotificationKind.PRACTICE_PUBLISHED,
};

/** Who may draft, edit and submit a practice: the secretariat, or a focal point of the owner country. */
function assertKeepsPractice(caller: Caller, ownerCountryIso3: string | null): void {
  if (caller.kind === 'account' && caller.role === Role.SECRETARIAT) return;
  assertActsForCountry(caller, ownerCountryIso3);
}

/**
 * The practice workflow: DRAFT -> SUBMITTED -> PUBLISHED, or SUBMITTED -> RETURNED (with a
 * comment) -> SUBMITTED. Each step is one transaction, audited, and refuses stale versions.
 */
@Injectable()
export class PracticeWorkflowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly practices: PracticesService,
    private readonly pledges: PledgesService,
    private readonly pledgeEditor: PledgeEditorService,
    private readonly audit: AuditService,
    private readonly countries: CountriesService,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(caller: Caller, input: CreateGoodPracticeInput): Promise<GoodPracticeRow> {
    if (caller.kind !== 'account') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this');
    let owner: string | null;
    if (caller.role === Role.FOCAL_POINT) {
      if (input.ownerCountry && input.ownerCountry.toUpperCase() !== caller.countryIso3) assertActsForCountry(caller, input.ownerCountry);
      owner = caller.countryIso3;
    } else {
      owner = input.ownerCountry?.toUpperCase() ?? null;
    }
    const content = practiceFromCreate(input, owner);
    this.assertValid(checkPracticeContent(content, 'input'));
    return this.db.transaction(async (m) => {
      await this.assertReferencesExist(m, content);
      const id = await this.insert(m, caller, content, null);
      return this.practices.findOne(caller, id, m);
    });
  }

  async update(caller: Caller, id: string, version: number, input: UpdateGoodPracticeInput): Promise<GoodPracticeRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lockForWrite(m, caller, id, version);
      if (
        caller.kind === 'account' &&
        caller.role !== Role.SECRETARIAT &&
        stored.status !== PracticeStatus.DRAFT &&
        stored.status !== PracticeStatus.RETURNED
      ) {
        throw new IllegalTransitionError(
          `A ${stored.status} practice is with the secretariat; focal points edit DRAFT and RETURNED practices only`,
        );
      }
      const before = await this.practices.loadContent(m, id);
      const content = practiceWithChanges(before, input);
      this.assertValid(checkPracticeContent(content, 'input'));
      await this.assertReferencesExist(m, content);
      const changes = diffFields<Record<string, unknown>>({ ...before }, { ...content }, AUDITED_PRACTICE_FIELDS);
      if (Object.keys(changes).length > 0) {
        await m.update(GoodPracticeEntity, { id }, this.columnsOf(content));
        await this.replaceLinks(m, id, content);
        await this.audit.record(m, caller, {
          action: 'UPDATE',
          entityType: 'GoodPractice',
          entityId: id,
          countryIso3: content.ownerCountryIso3,
          changes,
        });
      }
      return this.practices.findOne(caller, id, m);
    });
  }

  async submit(caller: Caller, id: string, version: number): Promise<GoodPracticeRow> {
    return this.transition(caller, id, version, PracticeReviewAction.SUBMITTED, null, async (m, stored) => {
      if (stored.status !== PracticeStatus.DRAFT && stored.status !== PracticeStatus.RETURNED) {
        throw new IllegalTransitionError(`Only DRAFT and RETURNED practices can be submitted; this one is ${stored.status}`);
      }
      const missing = checkReadyToSubmit(await this.practices.loadContent(m, id));
      if (missing.length) throw new BadUserInputError('The practice is not ready to submit', missing);
      return { status: PracticeStatus.SUBMITTED, publishedAt: null };
    });
  }

  async returnForChanges(caller: Caller, id: string, version: number, comment: string): Promise<GoodPracticeRow> {
    return this.transition(caller, id, version, PracticeReviewAction.RETURNED, comment, async (_m, stored) => {
      if (stored.status !== PracticeStatus.SUBMITTED)
        throw new IllegalTransitionError(`Only SUBMITTED practices can be returned; this one is ${stored.status}`);
      return { status: PracticeStatus.RETURNED, publishedAt: null };
    });
  }

  async publish(caller: Caller, id: string, version: number, comment: string | null): Promise<GoodPracticeRow> {
    return this.transition(caller, id, version, PracticeReviewAction.PUBLISHED, comment, async (_m, stored) => {
      if (stored.status !== PracticeStatus.SUBMITTED)
        throw new IllegalTransitionError(`Only SUBMITTED practices can be published; this one is ${stored.status}`);
      return { status: PracticeStatus.PUBLISHED, publishedAt: new Date() };
    });
  }

  /**
   * Turns a fulfilled pledge into a draft practice in one step: title, description,
   * objectives, principles, countries and evidence carried over; the fulfilment narrative
   * becomes the results. The practice and the pledge are linked both ways.
   */
  async draftFromPledge(caller: Caller, pledgeId: string): Promise<GoodPracticeRow> {
    return this.db.transaction(async (m) => {
      const pledge = await this.pledgeEditor.lockForWrite(m, caller, pledgeId, null);
      if (pledge.status !== PledgeStatus.FULFILLED) {
        throw new IllegalTransitionError(`Only a FULFILLED pledge can become a good practice; this one is ${pledge.status}`);
      }
      const [existing] = await m.query<{ id: string }[]>('SELECT id FROM good_practice WHERE from_pledge_id = $1', [pledgeId]);
      if (existing) throw new DomainError('CONFLICT', `Pledge ${pledgeId} already has a good practice (${existing.id})`);
      const p = await this.pledges.loadContent(m, pledgeId);
      const updates = await this.pledges.stepsOf(m, pledgeId);
      // A FULFILLED pledge has a FULFILLED step, its first step before it.
      const fulfilled = defined(
        updates.find((u) => u.status === PledgeStatus.FULFILLED),
        `the FULFILLED step of pledge ${pledgeId}`,
      );
      const links = [...new Set(updates.flatMap((u) => u.evidence_links))].slice(0, 20);
      const partners = [
        ...(p.pledgingEntityKind === PledgingEntityKind.MEMBER_STATE ? [] : [p.pledgingEntityName as string]),
        ...p.participants.map((x) => x.name),
      ];
      const content: PracticeContent = {
        title: p.title,
        summary: p.description.length >= 20 ? p.description : `${p.description} (${p.target})`,
        language: p.language,
        scope: p.isGlobal ? PracticeScope.GLOBAL : PracticeScope.NATIONAL,
        countries: p.implementationCountries,
        regions: [],
        ownerCountryIso3: p.pledgingEntityKind === PledgingEntityKind.MEMBER_STATE ? p.pledgingCountryIso3 : null,
        implementingPartners: [...new Set(partners)].slice(0, 50),
        practiceType:
          p.type === PledgeType.COMMON || p.type === PledgeType.PARTNERSHIP
            ? PracticeType.PARTNERSHIP
            : p.nature === PledgeNature.POLICY
              ? PracticeType.POLICY
              : PracticeType.PROGRAMME,
        objectives: p.objectives,
        mainObjective: p.mainObjective,
        guidingPrinciples: p.guidingPrinciples,
        sdgs: [],
        startYear: Number(defined(updates[0], 'a first step').occurred_on.slice(0, 4)),
        endYear: Number(fulfilled.occurred_on.slice(0, 4)),
        results: fulfilled.narrative,
        lessonsLearned: null,
        links,
      };
      const id = await this.insert(m, caller, content, pledgeId);
      return this.practices.findOne(caller, id, m);
    });
  }

  private async transition(
    caller: Caller,
    id: string,
    version: number,
    action: PracticeReviewAction,
    comment: string | null,
    decide: (m: EntityManager, stored: GoodPracticeEntity) => Promise<{ status: PracticeStatus; publishedAt: Date | null }>,
  ): Promise<GoodPracticeRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lockForWrite(m, caller, id, version);
      const next = await decide(m, stored);
      await m.update(GoodPracticeEntity, { id }, next);
      await m.insert(GoodPracticeReviewEntity, {
        practiceId: id,
        action,
        comment: comment?.trim() || null,
        ...actedByColumns(caller),
      });
      await this.audit.record(m, caller, {
        action,
        entityType: 'GoodPractice',
        entityId: id,
        countryIso3: stored.ownerCountryIso3,
        changes: {
          status: { before: stored.status, after: next.status },
          ...(comment ? { comment: { before: null, after: comment.trim() } } : {}),
        },
      });
      await this.notifications.practiceEvent(m, {
        kind: NOTIFIED[action],
        practiceId: id,
        countryIso3: stored.ownerCountryIso3,
        title: stored.title,
        comment,
        actorAccountId: caller.kind === 'account' ? caller.accountId : null,
      });
      return this.practices.findOne(caller, id, m);
    });
  }

  /** Locks the practice row; refuses callers who do not keep it and stale versions. Unseen drafts are NOT_FOUND. */
  private lockForWrite(m: EntityManager, caller: Caller, id: string, version: number): Promise<GoodPracticeEntity> {
    return lockRowForWrite(m, GoodPracticeEntity, id, {
      what: 'Good practice',
      visibleTo: (g) => maySeePractice(caller, { status: g.status, owner_country_iso3: g.ownerCountryIso3 }),
      assertWritable: (g) => assertKeepsPractice(caller, g.ownerCountryIso3),
      version,
    });
  }

  private assertValid(errors: FieldError[]): void {
    if (errors.length) throw new BadUserInputError('The good practice is not valid', errors);
  }

  private async assertReferencesExist(m: EntityManager, c: PracticeContent): Promise<void> {
    // One after the other: they share the transaction's connection.
    const countries = await this.countries.known([...c.countries, ...(c.ownerCountryIso3 ? [c.ownerCountryIso3] : [])], m);
    const regions = await this.regions.known(c.regions, m);
    const errors: FieldError[] = [];
    const unknownCountries = c.countries.filter((x) => !countries.has(x));
    if (unknownCountries.length) errors.push({ field: 'input.countries', messages: [`unknown countries: ${unknownCountries.join(', ')}`] });
    if (c.ownerCountryIso3 && !countries.has(c.ownerCountryIso3))
      errors.push({ field: 'input.ownerCountry', messages: [`unknown country ${c.ownerCountryIso3}`] });
    const unknownRegions = c.regions.filter((x) => !regions.has(x));
    if (unknownRegions.length) errors.push({ field: 'input.regions', messages: [`unknown regions: ${unknownRegions.join(', ')}`] });
    if (errors.length) throw new BadUserInputError('The good practice refers to records that do not exist', errors);
  }

  private async insert(m: EntityManager, caller: Caller, content: PracticeContent, fromPledgeId: string | null): Promise<string> {
    const result = await m.insert(GoodPracticeEntity, {
      ...this.columnsOf(content),
      ownerCountryIso3: content.ownerCountryIso3,
      status: PracticeStatus.DRAFT,
      fromPledgeId,
      createdByAccountId: caller.kind === 'account' ? caller.accountId : null,
    });
    const id = (result.identifiers[0] as { id: string }).id;
    await this.replaceLinks(m, id, content, false);
    await this.audit.record(m, caller, {
      action: fromPledgeId ? 'DRAFT_FROM_PLEDGE' : 'CREATE',
      entityType: 'GoodPractice',
      entityId: id,
      countryIso3: content.ownerCountryIso3,
      changes: {
        ...diffFields<Record<string, unknown>>(null, { ...content }, AUDITED_PRACTICE_FIELDS),
        ...(fromPledgeId ? { fromPledge: { before: null, after: fromPledgeId } } : {}),
      },
    });
    return id;
  }

  private columnsOf(c: PracticeContent): Partial<GoodPracticeEntity> {
    return {
      title: c.title,
      summary: c.summary,
      language: c.language,
      scope: c.scope,
      implementingPartners: c.implementingPartners,
      practiceType: c.practiceType,
      sdgs: c.sdgs,
      startYear: c.startYear,
      endYear: c.endYear,
      results: c.results,
      lessonsLearned: c.lessonsLearned,
      links: c.links,
    };
  }

  /** Writes the practice's lists (objectives, principles, countries, regions), replacing stored ones. */
  private async replaceLinks(m: EntityManager, practiceId: string, c: PracticeContent, replace = true): Promise<void> {
    await writeChildRows(
      m,
      { practiceId },
      [
        childRows(
          GoodPracticeObjectiveEntity,
          c.objectives.map((n) => ({ practiceId, objectiveNumber: n, isMain: n === c.mainObjective })),
        ),
        childRows(
          GoodPracticeGuidingPrincipleEntity,
          c.guidingPrinciples.map((n) => ({ practiceId, principleNumber: n })),
        ),
        childRows(
          GoodPracticeCountryEntity,
          c.countries.map((iso3) => ({ practiceId, countryIso3: iso3 })),
        ),
        childRows(
          GoodPracticeRegionEntity,
          c.regions.map((code) => ({ practiceId, regionCode: code })),
        ),
      ],
      { ownerIsNew: !replace },
    );
  }
}
