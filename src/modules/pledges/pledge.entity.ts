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
import { sqlList } from '../../common/sql.js';
import { CountryEntity } from '../countries/country.entity.js';
import { ReviewCycleEntity } from '../review-cycles/review-cycle.entity.js';
import { PledgeNature, PledgeStatus, PledgeType, PledgingEntityKind } from './pledge.enums.js';

/**
 * A commitment to advance the implementation of GCM objectives or guiding principles, made
 * by a member state or a stakeholder, usually at a review event (e.g. IMRF-2022). Its
 * status is that of its latest update (pledge_update keeps the history).
 */
@Entity({ name: 'pledge' })
@Check('CHK_pledge_entity_kind', `"pledging_entity_kind" IN (${sqlList(Object.values(PledgingEntityKind))})`)
@Check(
  'CHK_pledge_state_or_stakeholder',
  `("pledging_entity_kind" = 'MEMBER_STATE' AND "pledging_country_iso3" IS NOT NULL AND "pledging_entity_name" IS NULL) OR ("pledging_entity_kind" <> 'MEMBER_STATE' AND "pledging_entity_name" IS NOT NULL)`,
)
@Check('CHK_pledge_nature', `"nature" IN (${sqlList(Object.values(PledgeNature))})`)
@Check('CHK_pledge_type', `"type" IN (${sqlList(Object.values(PledgeType))})`)
@Check('CHK_pledge_matching', `("type" = 'MATCHING') = ("matches_pledge_id" IS NOT NULL) AND "matches_pledge_id" IS DISTINCT FROM "id"`)
@Check('CHK_pledge_status', `"status" IN (${sqlList(Object.values(PledgeStatus))})`)
@Check('CHK_pledge_language', `"language" IN ('EN', 'FR', 'ES')`)
@Check('CHK_pledge_external_id', `"external_id" IS NULL OR length("external_id") BETWEEN 1 AND 100`)
/** One external id per pledging entity (an expression index, made by migration PledgeExternalId). */
@Index('UQ_pledge_external_id', { synchronize: false })
@Index('IDX_pledge_created', ['createdAt', 'id'])
@Index('IDX_pledge_search', { synchronize: false })
/** Partial covering index for per-country counts by status (migration AggregateCoveringIndexes). */
@Index('IDX_pledge_member_state_status', { synchronize: false })
export class PledgeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** The language the pledge is written in (EN, FR, ES): its text is searched with that dictionary. */
  @Column({ type: 'text', default: 'EN' })
  language: string;

  @Column({ name: 'pledging_entity_kind', type: 'text' })
  pledgingEntityKind: PledgingEntityKind;

  /** The pledging state; for a stakeholder, the country it is based in (optional). */
  @Index('IDX_pledge_pledging_country')
  @Column({ name: 'pledging_country_iso3', type: 'char', length: 3, nullable: true })
  pledgingCountryIso3: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledging_country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_pledge_pledging_country' })
  pledgingCountry?: CountryEntity;

  /** The stakeholder's name; null for a member state (its name is the country's). */
  @Column({ name: 'pledging_entity_name', type: 'text', nullable: true })
  pledgingEntityName: string | null;

  /** Implemented globally rather than in listed countries. */
  @Column({ name: 'is_global', type: 'boolean', default: false })
  isGlobal: boolean;

  /** The review event the pledge was made at; null when made outside one. */
  @Index('IDX_pledge_cycle')
  @Column({ name: 'cycle_code', type: 'text', nullable: true })
  cycleCode: string | null;

  @ManyToOne(() => ReviewCycleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_pledge_cycle' })
  cycle?: ReviewCycleEntity;

  @Column({ type: 'text' })
  nature: PledgeNature;

  @Column({ type: 'text' })
  type: PledgeType;

  @Index('IDX_pledge_matches')
  @Column({ name: 'matches_pledge_id', type: 'uuid', nullable: true })
  matchesPledgeId: string | null;

  @ManyToOne(() => PledgeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'matches_pledge_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_pledge_matches_pledge' })
  matchesPledge?: PledgeEntity;

  /** The pledge's reference in the file or system it came from, unique per pledging entity (the import matches rows by it). */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  /** What will be measured, e.g. "National GCM implementation plan adopted". */
  @Column({ type: 'text' })
  target: string;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate: string | null;

  /** The status of the latest update. */
  @Index('IDX_pledge_status')
  @Column({ type: 'text' })
  status: PledgeStatus;

  /** The date of the latest update. */
  @Column({ name: 'status_date', type: 'date' })
  statusDate: string;

  /** Kept by a trigger from title, description and target, with the dictionary of `language`. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
