import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountCaller, Caller } from '../../common/auth/caller.js';
import { assertActsForCountry } from '../../common/auth/country-scope.js';
import { Role } from '../../common/auth/role.js';
import {
  BadUserInputError,
  DomainError,
  type FieldError,
  IllegalTransitionError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { checkLockedRow } from '../../database/lock-for-write.js';
import { actedByColumns, type AuditRecord, AuditService } from '../audit/audit.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import type { ValidateProgressEntryInput } from './dto/validate-progress-entry.input.js';
import type { UpdateProgressEntryInput } from './dto/update-progress-entry.input.js';
import type { CreateProgressEntryInput } from './dto/create-progress-entry.input.js';
import {
  changedFields,
  checkReadyToSubmit,
  contentFromCreate,
  contentWithChanges,
  type EntryContent,
  entryContentOf,
} from './progress-content.js';
import { ProgressEntryEventEntity } from './progress-entry-event.entity.js';
import { ProgressEntryPledgeEntity, ProgressEntryPracticeEntity } from './progress-entry-links.entity.js';
import { ProgressEntryEntity, type ValidatedSnapshot } from './progress-entry.entity.js';
import { EntryAction, EntryState, levelOfScore, levelScore } from './progress.enums.js';
import { maySeeEntry } from './progress.policy.js';
import type { ProgressEntryRow } from './progress.rows.js';
import { ProgressService } from './progress.service.js';
import { ENTRY_FROM, ENTRY_SELECT } from './progress.sql.js';
import { ReportingWindowsService } from './reporting-windows.service.js';
import { defined } from '../../common/defined.js';
import { PledgesService } from '../pledges/pledges.service.js';
import { PracticesService } from '../practices/practices.service.js';
import { NotificationKind } from '../notifications/notification.enums.js';
import { type EntryEvent, NotificationsService } from '../notifications/notifications.service.js';

/** Who writes which layer: the country's focal points the entry, the secretariat the validation. */
const EDITABLE = [EntryState.DRAFT, EntryState.RETURNED];

/** One step on an entry: its history event and what its audit event says changed. */
interface EntryStep {
  action: EntryAction;
  from: EntryState | null;
  to: EntryState;
  /** The return comment, reopening reason, validation note or reply. */
  comment?: string | null;
  /** For UPDATED: the fields of the country's layer that changed. */
  changedFields?: string[];
  changes: AuditRecord['changes'];
}

/** The audit trail's name of each step. */
const AUDIT_ACTION: Record<EntryAction, string> = {
  [EntryAction.CREATED]: 'CREATE',
  [EntryAction.UPDATED]: 'UPDATE',
  [EntryAction.SUBMITTED]: 'SUBMIT',
  [EntryAction.RETURNED]: 'RETURN',
  [EntryAction.VALIDATED]: 'VALIDATE',
  [EntryAction.REOPENED]: 'REOPEN',
  [EntryAction.COMMENTED]: 'COMMENT',
};

/**
 * The review workflow of progress entries. Every step is one transaction that locks the
 * entry, refuses an entry the caller may not see (NOT_FOUND), a caller acting for another
 * country (FORBIDDEN), a stale version (CONFLICT), a step the entry's state does not allow
 * (ILLEGAL_TRANSITION) and a focal point's step outside the reporting window
 * (REPORTING_WINDOW_CLOSED), in that order (checkLockedRow); then writes the entry, its
 * history event and the audit event together (recordStep).
 */
@Injectable()
export class ProgressWorkflowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly progress: ProgressService,
    private readonly windows: ReportingWindowsService,
    private readonly cycles: ReviewCyclesService,
    private readonly audit: AuditService,
    private readonly pledges: PledgesService,
    private readonly practices: PracticesService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(caller: Caller, input: CreateProgressEntryInput): Promise<ProgressEntryRow> {
    const focal = asFocalPoint(caller);
    const country = focal.countryIso3 as string;
    const content = contentFromCreate(input);
    return this.db.transaction(async (m) => {
      await this.assertReportsIn(m, country, input.cycle);
      await this.windows.assertOpenFor(m, caller, input.cycle, country);
      await m.query(
        'INSERT INTO progress_report (country_iso3, cycle_code) VALUES ($1, $2) ON CONFLICT (country_iso3, cycle_code) DO NOTHING',
        [country, input.cycle],
      );
      // Locking the report serialises entry creation within it: two creations of the same objective cannot both pass.
      const [locked] = await m.query<{ id: string }[]>(
        'SELECT id FROM progress_report WHERE country_iso3 = $1 AND cycle_code = $2 FOR UPDATE',
        [country, input.cycle],
      );
      const report = defined(locked, `${country}'s report for ${input.cycle}, written above`);
      const [existing] = await m.query<{ id: string }[]>('SELECT id FROM progress_entry WHERE report_id = $1 AND objective_number = $2', [
        report.id,
        input.objective,
      ]);
      if (existing) {
        throw new DomainError(
          'CONFLICT',
          `${country}'s report for ${input.cycle} already has an entry on Objective ${input.objective} (${existing.id}); update it instead`,
          [{ field: 'input.objective', messages: ['already reported on in this report'] }],
        );
      }
      await this.assertLinksBelongTo(m, country, content);
      const result = await m.insert(ProgressEntryEntity, {
        reportId: report.id,
        objectiveNumber: input.objective,
        state: EntryState.DRAFT,
        ...columnsOf(content),
      });
      const id = (result.identifiers[0] as { id: string }).id;
      await this.writeLinks(m, id, content, false);
      await this.recordStep(m, caller, id, country, {
        action: EntryAction.CREATED,
        from: null,
        to: EntryState.DRAFT,
        changes: {
          cycle: { before: null, after: input.cycle },
          objective: { before: null, after: input.objective },
          ...contentChanges(null, content),
        },
      });
      return this.progress.findEntry(caller, id, m);
    });
  }

  async update(caller: Caller, id: string, version: number, input: UpdateProgressEntryInput): Promise<ProgressEntryRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lock(m, caller, id, version);
      assertState(stored, EDITABLE, 'edited');
      await this.windows.assertOpenFor(m, caller, stored.cycle_code, stored.country_iso3);
      const before = entryContentOf(stored);
      const after = contentWithChanges(before, input);
      const fields = changedFields(before, after);
      if (fields.length === 0) return stored;
      await this.assertLinksBelongTo(m, stored.country_iso3, after);
      await m.update(ProgressEntryEntity, { id }, columnsOf(after));
      await this.writeLinks(m, id, after, true);
      await this.recordStep(m, caller, id, stored.country_iso3, {
        action: EntryAction.UPDATED,
        from: stored.state,
        to: stored.state,
        changedFields: fields,
        changes: contentChanges(before, after),
      });
      return this.progress.findEntry(caller, id, m);
    });
  }

  async submit(caller: Caller, id: string, version: number, comment: string | null): Promise<ProgressEntryRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lock(m, caller, id, version);
      assertState(stored, EDITABLE, 'submitted');
      await this.windows.assertOpenFor(m, caller, stored.cycle_code, stored.country_iso3);
      const missing = checkReadyToSubmit(entryContentOf(stored), '');
      if (missing.length) throw new BadUserInputError('The entry is not ready to submit', missing);
      await this.submitLocked(m, caller, stored, comment);
      return this.progress.findEntry(caller, id, m);
    });
  }

  /** Submits every DRAFT and RETURNED entry of the caller's report for a cycle, all or none. */
  async submitReport(caller: Caller, cycle: string, comment: string | null): Promise<ProgressEntryRow[]> {
    const focal = asFocalPoint(caller);
    const country = focal.countryIso3 as string;
    return this.db.transaction(async (m) => {
      const [report] = await m.query<{ id: string }[]>(
        'SELECT id FROM progress_report WHERE country_iso3 = $1 AND cycle_code = $2 FOR UPDATE',
        [country, cycle],
      );
      if (!report) throw new NotFoundError(`Progress report of ${country} for`, cycle);
      const entries = await m.query<ProgressEntryRow[]>(
        `SELECT ${ENTRY_SELECT} FROM ${ENTRY_FROM} WHERE e.report_id = $1 AND e.state IN ('DRAFT', 'RETURNED') ORDER BY e.objective_number FOR UPDATE OF e`,
        [report.id],
      );
      if (entries.length === 0)
        throw new IllegalTransitionError(`${country}'s report for ${cycle} has no DRAFT or RETURNED entry to submit`);
      await this.windows.assertOpenFor(m, caller, cycle, country);
      const missing: FieldError[] = entries.flatMap((e) => checkReadyToSubmit(entryContentOf(e), `objective${e.objective_number}.`));
      if (missing.length) throw new BadUserInputError('Some entries are not ready to submit; nothing was submitted', missing);
      for (const e of entries) await this.submitLocked(m, caller, e, comment);
      return this.progress.findEntries(
        m,
        entries.map((e) => e.id),
      );
    });
  }

  async validate(caller: Caller, id: string, version: number, input: ValidateProgressEntryInput): Promise<ProgressEntryRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lock(m, caller, id, version);
      assertState(stored, [EntryState.SUBMITTED], 'validated');
      const level = input.validatedLevel ? levelScore(input.validatedLevel) : stored.reported_level;
      const justification = input.justification?.trim() || null;
      if (level !== stored.reported_level && !justification) {
        throw new BadUserInputError('A validated level that differs from the reported one needs a justification', [
          {
            field: 'input.justification',
            messages: [
              `required: the validated level ${levelOfScore(level)} differs from the reported ${levelOfScore(stored.reported_level)}`,
            ],
          },
        ]);
      }
      const content = entryContentOf(stored);
      const snapshot: ValidatedSnapshot = { ...content, validatedLevel: level, justification };
      const by = (caller as AccountCaller).accountId;
      await m.update(
        ProgressEntryEntity,
        { id },
        {
          state: EntryState.VALIDATED,
          validatedLevel: level,
          validationJustification: justification,
          validatedAt: new Date(),
          validatedByAccountId: by,
          validatedSnapshot: snapshot,
        },
      );
      await this.recordStep(m, caller, id, stored.country_iso3, {
        action: EntryAction.VALIDATED,
        from: stored.state,
        to: EntryState.VALIDATED,
        comment: input.comment ?? null,
        changes: {
          state: { before: stored.state, after: EntryState.VALIDATED },
          validatedLevel: { before: levelOfScore(stored.validated_level), after: levelOfScore(level) },
          ...(justification ? { justification: { before: stored.validation_justification, after: justification } } : {}),
        },
      });
      await this.notify(m, caller, stored, NotificationKind.ENTRY_VALIDATED, null);
      return this.progress.findEntry(caller, id, m);
    });
  }

  async returnForChanges(caller: Caller, id: string, version: number, comment: string): Promise<ProgressEntryRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lock(m, caller, id, version);
      assertState(stored, [EntryState.SUBMITTED], 'returned');
      await m.update(ProgressEntryEntity, { id }, { state: EntryState.RETURNED });
      await this.recordStep(m, caller, id, stored.country_iso3, {
        action: EntryAction.RETURNED,
        from: stored.state,
        to: EntryState.RETURNED,
        comment: comment.trim(),
        changes: { state: { before: stored.state, after: EntryState.RETURNED }, comment: { before: null, after: comment.trim() } },
      });
      await this.notify(m, caller, stored, NotificationKind.ENTRY_RETURNED, comment);
      return this.progress.findEntry(caller, id, m);
    });
  }

  /** Sends one validated entry back to the country; the report's other entries stay validated. */
  async reopen(caller: Caller, id: string, version: number, reason: string): Promise<ProgressEntryRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lock(m, caller, id, version);
      assertState(stored, [EntryState.VALIDATED], 'reopened');
      await m.update(ProgressEntryEntity, { id }, { state: EntryState.RETURNED, validatedLevel: null, validationJustification: null });
      await this.recordStep(m, caller, id, stored.country_iso3, {
        action: EntryAction.REOPENED,
        from: stored.state,
        to: EntryState.RETURNED,
        comment: reason.trim(),
        changes: {
          state: { before: stored.state, after: EntryState.RETURNED },
          validatedLevel: { before: levelOfScore(stored.validated_level), after: null },
          reason: { before: null, after: reason.trim() },
        },
      });
      await this.notify(m, caller, stored, NotificationKind.ENTRY_REOPENED, reason);
      return this.progress.findEntry(caller, id, m);
    });
  }

  /** Adds to the entry's thread without changing it (no version needed: nothing is overwritten). */
  async comment(caller: Caller, id: string, comment: string): Promise<ProgressEntryRow> {
    return this.db.transaction(async (m) => {
      const stored = await this.lock(m, caller, id, null);
      await this.recordStep(m, caller, id, stored.country_iso3, {
        action: EntryAction.COMMENTED,
        from: stored.state,
        to: stored.state,
        comment: comment.trim(),
        changes: { comment: { before: null, after: comment.trim() } },
      });
      return this.progress.findEntry(caller, id, m);
    });
  }

  private async submitLocked(m: EntityManager, caller: Caller, stored: ProgressEntryRow, comment: string | null): Promise<void> {
    await m.update(ProgressEntryEntity, { id: stored.id }, { state: EntryState.SUBMITTED, submittedAt: new Date() });
    await this.recordStep(m, caller, stored.id, stored.country_iso3, {
      action: EntryAction.SUBMITTED,
      from: stored.state,
      to: EntryState.SUBMITTED,
      comment: comment?.trim() || null,
      changes: { state: { before: stored.state, after: EntryState.SUBMITTED } },
    });
    await this.notify(m, caller, stored, NotificationKind.ENTRY_SUBMITTED, null);
  }

  /** Tells whom the step concerns (the secretariat of a submission, the country's focal points of the rest), in the step's transaction. */
  private async notify(
    m: EntityManager,
    caller: Caller,
    stored: ProgressEntryRow,
    kind: EntryEvent['kind'],
    comment: string | null,
  ): Promise<void> {
    await this.notifications.entryEvent(m, {
      kind,
      entryId: stored.id,
      countryIso3: stored.country_iso3,
      cycleCode: stored.cycle_code,
      objective: stored.objective_number,
      comment,
      actorAccountId: caller.kind === 'account' ? caller.accountId : null,
    });
  }

  /**
   * Locks the entry row for this transaction; concurrent writers of the same entry wait, then
   * see the new version. Refuses whoever may not act on it, then a stale version.
   */
  private async lock(m: EntityManager, caller: Caller, id: string, version: number | null): Promise<ProgressEntryRow> {
    const [stored] = await m.query<ProgressEntryRow[]>(`SELECT ${ENTRY_SELECT} FROM ${ENTRY_FROM} WHERE e.id = $1 FOR UPDATE OF e`, [id]);
    return checkLockedRow(stored, id, {
      what: 'Progress entry',
      visibleTo: (e) => maySeeEntry(caller, e),
      assertWritable: (e) => assertActsForCountry(caller, e.country_iso3),
      version,
    });
  }

  private async assertReportsIn(m: EntityManager, country: string, cycle: string): Promise<void> {
    await this.cycles.assertExists(cycle, 'input.cycle', m);
    const cycleOf = defined(await this.cycles.participationOf(m, cycle, country), `cycle ${cycle}, checked above`);
    if (!cycleOf.takesPart) {
      throw new BadUserInputError(`${country} is not a regional member of ${cycleOf.regionCode}, whose review ${cycle} is`, [
        { field: 'input.cycle', messages: [`${country} does not take part in ${cycle}`] },
      ]);
    }
  }

  /** Linked pledges must be the country's (made by it or implemented in it), practices its own or implemented in it. */
  private async assertLinksBelongTo(m: EntityManager, country: string, c: EntryContent): Promise<void> {
    const errors: FieldError[] = [];
    if (c.pledgeIds.length) {
      const theirs = await this.pledges.idsBelongingTo(m, country, c.pledgeIds);
      const bad = c.pledgeIds.filter((id) => !theirs.has(id));
      if (bad.length) errors.push({ field: 'input.pledgeIds', messages: [`not pledges of ${country}: ${bad.join(', ')}`] });
    }
    if (c.practiceIds.length) {
      const theirs = await this.practices.idsBelongingTo(m, country, c.practiceIds);
      const bad = c.practiceIds.filter((id) => !theirs.has(id));
      if (bad.length) errors.push({ field: 'input.practiceIds', messages: [`not good practices of ${country}: ${bad.join(', ')}`] });
    }
    if (errors.length) throw new BadUserInputError("The entry links to records that are not the country's", errors);
  }

  private async writeLinks(m: EntityManager, entryId: string, c: EntryContent, replace: boolean): Promise<void> {
    if (replace) {
      await m.delete(ProgressEntryPledgeEntity, { entryId });
      await m.delete(ProgressEntryPracticeEntity, { entryId });
    }
    if (c.pledgeIds.length)
      await m.insert(
        ProgressEntryPledgeEntity,
        c.pledgeIds.map((pledgeId) => ({ entryId, pledgeId })),
      );
    if (c.practiceIds.length)
      await m.insert(
        ProgressEntryPracticeEntity,
        c.practiceIds.map((practiceId) => ({ entryId, practiceId })),
      );
  }

  /**
   * Writes a step's two records, in its transaction: the entry's history event (its thread)
   * and the audit event (action named as in AUDIT_ACTION, with the changes it made).
   */
  private async recordStep(m: EntityManager, caller: Caller, entryId: string, countryIso3: string, step: EntryStep): Promise<void> {
    await m.insert(ProgressEntryEventEntity, {
      entryId,
      action: step.action,
      fromState: step.from,
      toState: step.to,
      comment: step.comment ?? null,
      changedFields: step.changedFields ?? [],
      ...actedByColumns(caller),
    });
    await this.audit.record(m, caller, {
      action: AUDIT_ACTION[step.action],
      entityType: 'ProgressEntry',
      entityId: entryId,
      countryIso3,
      changes: step.changes,
    });
  }
}

function asFocalPoint(caller: Caller): AccountCaller {
  if (caller.kind !== 'account') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this');
  if (caller.role !== Role.FOCAL_POINT || !caller.countryIso3) {
    throw new DomainError('FORBIDDEN', "A country's focal points write its progress report; the secretariat validates it");
  }
  return caller;
}

const STEP_HINT: Record<EntryState, string> = {
  [EntryState.DRAFT]: 'it is a draft the country has not submitted',
  [EntryState.SUBMITTED]: 'it is with the secretariat for review',
  [EntryState.RETURNED]: 'it was returned to the country for changes',
  [EntryState.VALIDATED]: 'it is validated and locked (the secretariat can reopen it)',
};

function assertState(stored: ProgressEntryRow, allowed: EntryState[], step: string): void {
  if (allowed.includes(stored.state)) return;
  throw new IllegalTransitionError(
    `This entry cannot be ${step} now: ${STEP_HINT[stored.state]} (${stored.state}; allowed from ${allowed.join(' or ')})`,
    [{ field: 'state', messages: [`is ${stored.state}`] }],
  );
}

function columnsOf(c: EntryContent): Partial<ProgressEntryEntity> {
  return {
    reportedLevel: c.reportedLevel,
    narrative: c.narrative,
    measuresTaken: c.measuresTaken,
    challenges: c.challenges,
    evidenceLinks: c.evidenceLinks,
  };
}

/** Audit changes of the country's layer, levels by name. */
function contentChanges(before: EntryContent | null, after: EntryContent): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const f of before ? changedFields(before, after) : (Object.keys(after) as (keyof EntryContent)[])) {
    const key = f as keyof EntryContent;
    const show = (c: EntryContent | null): unknown =>
      c === null ? null : key === 'reportedLevel' ? levelOfScore(c.reportedLevel) : c[key];
    out[key] = { before: show(before), after: show(after) };
  }
  return out;
}
