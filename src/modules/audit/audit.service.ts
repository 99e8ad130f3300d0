import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { Role } from '../../common/auth/role.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { Connection } from '../../common/pagination/connection.js';
import { decodeCursor, pageSize, toConnection } from '../../common/pagination/keyset.js';
import { currentRequestContext } from '../../common/request-context.js';
import { AuditEventEntity } from './audit-event.entity.js';
import type { AuditEventsArgs } from './dto/audit-events.args.js';

/** Who did it: an account, or the operator at the command line. */
export type AuditActor = Caller | { kind: 'system'; label: string };

/** Who acted, as records keep it beside a change: the account (if any), a readable label (e-mail, or e.g. "cli"), the role. */
export function actorOf(actor: AuditActor): { accountId: string | null; label: string; role: string | null } {
  if (actor.kind === 'account') return { accountId: actor.accountId, label: actor.email, role: actor.role };
  return { accountId: null, label: actor.kind === 'system' ? actor.label : 'anonymous', role: null };
}

/** The acting columns of workflow steps (good practice reviews, progress entry events). */
export function actedByColumns(actor: AuditActor): { actedByAccountId: string | null; actedBy: string; actedByRole: string | null } {
  const who = actorOf(actor);
  return { actedByAccountId: who.accountId, actedBy: who.label, actedByRole: who.role };
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  countryIso3?: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** Field-by-field difference of two snapshots; fields listed in `redact` show only that they changed. */
export function diffFields<T extends Record<string, unknown>>(
  before: Partial<T> | null,
  after: Partial<T> | null,
  fields: readonly (keyof T & string)[],
  redact: readonly (keyof T & string)[] = [],
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of fields) {
    const b = before ? (before[field] ?? null) : null;
    const a = after ? (after[field] ?? null) : null;
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[field] = redact.includes(field) ? { before: before ? '[redacted]' : null, after: '[redacted]' } : { before: b, after: a };
  }
  return changes;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Appends one event with the write's own EntityManager, so both commit or neither does. */
  async record(manager: EntityManager, actor: AuditActor, event: AuditRecord): Promise<void> {
    const who = actorOf(actor);
    const row: Omit<AuditEventEntity, 'id' | 'occurredAt'> = {
      actorAccountId: who.accountId,
      actorLabel: who.label,
      actorRole: who.role,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      countryIso3: event.countryIso3 ?? null,
      changes: event.changes,
      requestId: currentRequestContext()?.requestId ?? null,
    };
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(row as never)
      .execute();
  }

  /** Events newest first. The secretariat sees all; a focal point those on its country's records. */
  async find(caller: Caller, args: AuditEventsArgs): Promise<Connection<AuditEventEntity>> {
    if (caller.kind !== 'account') throw new DomainError('UNAUTHENTICATED', 'Sign in to read the audit trail');
    const qb = this.db.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (caller.role === Role.FOCAL_POINT) qb.andWhere('e.country_iso3 = :own', { own: caller.countryIso3 });
    else if (caller.role !== Role.SECRETARIAT)
      throw new DomainError('FORBIDDEN', 'The audit trail is open to the secretariat and focal points');
    const f = args.filter ?? {};
    if (f.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: f.entityType });
    if (f.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: f.entityId });
    if (f.action) qb.andWhere('e.action = :action', { action: f.action.toUpperCase() });
    if (f.country) qb.andWhere('e.country_iso3 = :country', { country: f.country.toUpperCase() });
    if (f.actor) qb.andWhere('(e.actor_account_id::text = :actor OR e.actor_label = lower(:actor))', { actor: f.actor });
    if (f.from) qb.andWhere('e.occurred_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('e.occurred_at < :to', { to: f.to });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [id] = decodeCursor(args.after, ['bigint']);
      qb.andWhere('e.id < :afterId', { afterId: String(id) });
    }
    const size = pageSize(args);
    const rows = await qb
      .orderBy('e.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(
      rows,
      size,
      totalCount,
      (r) => [r.id],
      (r) => r,
    );
  }
}
