import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sqlList } from '../../common/sql.js';
import { CountryEntity } from '../countries/country.entity.js';
import { ObjectiveEntity } from '../objectives/objective.entity.js';
import { PledgeEntity } from '../pledges/pledge.entity.js';
import { GoodPracticeEntity } from '../practices/good-practice.entity.js';
import { ReviewCycleEntity } from '../review-cycles/review-cycle.entity.js';
import { EventCycleRelation, EventPledgeRelation, OrganiserKind, ParticipationRole } from './event.enums.js';
import { EventEntity } from './event.entity.js';

/** Who organised an event, in the order given: a UN entity, a government (with its country) or another organisation. */
@Entity({ name: 'event_organiser' })
@Check('CHK_event_organiser_kind', `"kind" IN (${sqlList(Object.values(OrganiserKind))})`)
@Check('CHK_event_organiser_government', `("kind" = 'GOVERNMENT') = ("country_iso3" IS NOT NULL)`)
export class EventOrganiserEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_event_organiser_event' })
  event?: EventEntity;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  kind: OrganiserKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'country_iso3', type: 'char', length: 3, nullable: true })
  countryIso3: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_event_organiser_country' })
  country?: CountryEntity;
}

/** An objective in focus at an event. */
@Entity({ name: 'event_objective' })
export class EventObjectiveEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_event_objective_event' })
  event?: EventEntity;

  @Index('IDX_event_objective_objective')
  @PrimaryColumn({ name: 'objective_number', type: 'smallint' })
  objectiveNumber: number;

  @ManyToOne(() => ObjectiveEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'objective_number', referencedColumnName: 'number', foreignKeyConstraintName: 'FK_event_objective_objective' })
  objective?: ObjectiveEntity;
}

/** A review cycle an event is part of or prepares for. */
@Entity({ name: 'event_review_cycle' })
@Check('CHK_event_review_cycle_relation', `"relation" IN (${sqlList(Object.values(EventCycleRelation))})`)
export class EventReviewCycleEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_event_review_cycle_event' })
  event?: EventEntity;

  @Index('IDX_event_review_cycle_cycle')
  @PrimaryColumn({ name: 'cycle_code', type: 'text' })
  cycleCode: string;

  @ManyToOne(() => ReviewCycleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_event_review_cycle_cycle' })
  cycle?: ReviewCycleEntity;

  @Column({ type: 'text' })
  relation: EventCycleRelation;
}

/** A country that took part in an event, and how. Rows from the reference file are kept by it. */
@Entity({ name: 'event_participation' })
@Check('CHK_event_participation_role', `"role" IN (${sqlList(Object.values(ParticipationRole))})`)
export class EventParticipationEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_event_participation_event' })
  event?: EventEntity;

  @Index('IDX_event_participation_country')
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_event_participation_country' })
  country?: CountryEntity;

  @Column({ type: 'text' })
  role: ParticipationRole;

  /** True for participation the reference file lists (changed only there). */
  @Column({ name: 'from_reference', type: 'boolean', default: false })
  fromReference: boolean;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** A good practice shared at an event. */
@Entity({ name: 'event_good_practice' })
export class EventGoodPracticeEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_event_good_practice_event' })
  event?: EventEntity;

  @Index('IDX_event_good_practice_practice')
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => GoodPracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_event_good_practice_practice' })
  practice?: GoodPracticeEntity;

  @Column({ name: 'linked_by', type: 'text' })
  linkedBy: string;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}

/** A pledge announced or reviewed at an event. */
@Entity({ name: 'event_pledge' })
@Check('CHK_event_pledge_relation', `"relation" IN (${sqlList(Object.values(EventPledgeRelation))})`)
export class EventPledgeEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_event_pledge_event' })
  event?: EventEntity;

  @Index('IDX_event_pledge_pledge')
  @PrimaryColumn({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @ManyToOne(() => PledgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_event_pledge_pledge' })
  pledge?: PledgeEntity;

  @Column({ type: 'text' })
  relation: EventPledgeRelation;

  @Column({ name: 'linked_by', type: 'text' })
  linkedBy: string;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}
