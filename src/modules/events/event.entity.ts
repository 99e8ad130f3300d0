import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CountryEntity } from '../countries/country.entity.js';
import { sqlList } from '../../common/sql.js';
import { CountedGroup, EventAttendance, EventKind } from './event.enums.js';

/**
 * An event on the GCM calendar: an IMRF side event, a dialogue or ministerial meeting of
 * champion countries, a regional review session, or another milestone. Events loaded from
 * the reference file carry a `reference_key`; the file keeps their own fields (the
 * secretariat keeps the others), while countries record their participation on both.
 */
@Entity({ name: 'event' })
@Check('CHK_event_kind', `"kind" IN (${sqlList(Object.values(EventKind))})`)
@Check('CHK_event_attendance', `"attendance" IS NULL OR "attendance" IN (${sqlList(Object.values(EventAttendance))})`)
@Check('CHK_event_place', `"attendance" IS DISTINCT FROM 'VIRTUAL' OR "place" IS NULL`)
@Check('CHK_event_dates', `"end_date" >= "start_date"`)
@Check('CHK_event_counted_group', `"counted_group" IS NULL OR "counted_group" IN (${sqlList(Object.values(CountedGroup))})`)
@Check(
  'CHK_event_counted',
  `("counted_participants" IS NULL) = ("counted_group" IS NULL) AND ("counted_out_of" IS NULL OR ("counted_participants" IS NOT NULL AND "counted_out_of" >= "counted_participants")) AND ("counted_participants" IS NULL OR "counted_participants" >= 0)`,
)
@Index('IDX_event_start', ['startDate', 'id'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The stable key of an event loaded from reference/events.json; null for events the secretariat created. */
  @Index('UQ_event_reference_key', { unique: true })
  @Column({ name: 'reference_key', type: 'text', nullable: true })
  referenceKey: string | null;

  @Index('IDX_event_kind')
  @Column({ type: 'text' })
  kind: EventKind;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Column({ name: 'title_es', type: 'text', nullable: true })
  titleEs: string | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'text', nullable: true })
  attendance: EventAttendance | null;

  /** City or venue; null for a virtual event or where the sources give none. */
  @Column({ type: 'text', nullable: true })
  place: string | null;

  /** The country the event was held in (null for a virtual event, at UN premises, or where not known). */
  @Index('IDX_event_host_country')
  @Column({ name: 'host_country_iso3', type: 'char', length: 3, nullable: true })
  hostCountryIso3: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_event_host_country' })
  hostCountry?: CountryEntity;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Outcome documents, declarations, recordings. */
  @Column({ name: 'outcome_links', type: 'text', array: true, default: () => "'{}'" })
  outcomeLinks: string[];

  /** Where the facts about the event come from. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources: string[];

  /** False where the event or its details are not verified: never presented as fact. */
  @Column({ type: 'boolean' })
  confirmed: boolean;

  /** Participation known only as a count ("16 of the then 33 champions"), names unknown. */
  @Column({ name: 'counted_participants', type: 'integer', nullable: true })
  countedParticipants: number | null;

  @Column({ name: 'counted_out_of', type: 'integer', nullable: true })
  countedOutOf: number | null;

  @Column({ name: 'counted_group', type: 'text', nullable: true })
  countedGroup: CountedGroup | null;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
