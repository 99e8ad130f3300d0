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
import { PledgeEntity } from '../pledges/pledge.entity.js';
import { PracticeScope, PracticeStatus, PracticeType } from './practice.enums.js';

/**
 * A practice others can learn from, as in the Migration Network Hub's repository of
 * practices. Focal points draft and submit their country's practices; the secretariat
 * returns or publishes them. Only published practices are public.
 */
@Entity({ name: 'good_practice' })
@Check('CHK_good_practice_type', `"practice_type" IN (${sqlList(Object.values(PracticeType))})`)
@Check('CHK_good_practice_scope', `"scope" IN (${sqlList(Object.values(PracticeScope))})`)
@Check('CHK_good_practice_status', `"status" IN (${sqlList(Object.values(PracticeStatus))})`)
@Check('CHK_good_practice_language', `"language" IN ('EN', 'FR', 'ES')`)
@Check('CHK_good_practice_years', `"start_year" BETWEEN 1900 AND 2100 AND ("end_year" IS NULL OR "end_year" BETWEEN "start_year" AND 2100)`)
@Check('CHK_good_practice_sdgs', `"sdgs" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]`)
@Check('CHK_good_practice_published', `("status" = 'PUBLISHED') = ("published_at" IS NOT NULL)`)
@Index('IDX_good_practice_created', ['createdAt', 'id'])
@Index('IDX_good_practice_search', { synchronize: false })
/** Partial covering index of published practices (migration AggregateCoveringIndexes). */
@Index('IDX_good_practice_published', { synchronize: false })
export class GoodPracticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  /** The language it is written in (EN, FR, ES): its text is searched with that dictionary. */
  @Column({ type: 'text', default: 'EN' })
  language: string;

  @Column({ type: 'text' })
  scope: PracticeScope;

  /** The country whose focal points draft and update it; null for one the secretariat keeps. */
  @Index('IDX_good_practice_owner_country')
  @Column({ name: 'owner_country_iso3', type: 'char', length: 3, nullable: true })
  ownerCountryIso3: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_good_practice_owner_country' })
  ownerCountry?: CountryEntity;

  @Column({ name: 'implementing_partners', type: 'text', array: true, default: () => "'{}'" })
  implementingPartners: string[];

  @Column({ name: 'practice_type', type: 'text' })
  practiceType: PracticeType;

  /** Sustainable Development Goals, by number (1-17). */
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs: number[];

  @Column({ name: 'start_year', type: 'smallint' })
  startYear: number;

  /** Null while the practice is ongoing. */
  @Column({ name: 'end_year', type: 'smallint', nullable: true })
  endYear: number | null;

  @Column({ type: 'text', nullable: true })
  results: string | null;

  @Column({ name: 'lessons_learned', type: 'text', nullable: true })
  lessonsLearned: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links: string[];

  @Index('IDX_good_practice_status')
  @Column({ type: 'text' })
  status: PracticeStatus;

  /** The fulfilled pledge this practice was drafted from, if any (one practice per pledge). */
  @Index('UQ_good_practice_from_pledge', { unique: true })
  @Column({ name: 'from_pledge_id', type: 'uuid', nullable: true })
  fromPledgeId: string | null;

  @ManyToOne(() => PledgeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_pledge_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_good_practice_from_pledge' })
  fromPledge?: PledgeEntity;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Kept by a trigger from title, summary, results and lessons, with the dictionary of `language`. */
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
