import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One successful write, appended in the same transaction as the write. The table is
 * append-only: a trigger rejects UPDATE, DELETE and TRUNCATE (migration AuditTrail).
 */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_entity', ['entityType', 'entityId', 'id'])
@Index('IDX_audit_event_country', ['countryIso3', 'id'])
@Index('IDX_audit_event_actor', ['actorAccountId', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index('IDX_audit_event_occurred_at')
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Null when the actor is not an account (the command line). */
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  /** The country whose record changed, so its focal points can read the event. */
  @Column({ name: 'country_iso3', type: 'char', length: 3, nullable: true })
  countryIso3: string | null;

  /** `{ field: { before, after } }` for the fields the write changed. */
  @Column({ type: 'jsonb' })
  changes: Record<string, { before: unknown; after: unknown }>;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
