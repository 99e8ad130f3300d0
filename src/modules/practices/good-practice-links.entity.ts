import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CountryEntity } from '../countries/country.entity.js';
import { RegionEntity } from '../countries/region.entity.js';
import { GuidingPrincipleEntity } from '../guiding-principles/guiding-principle.entity.js';
import { ObjectiveEntity } from '../objectives/objective.entity.js';
import { GoodPracticeEntity } from './good-practice.entity.js';

/** An objective a practice serves; exactly one per practice is its main objective. */
@Entity({ name: 'good_practice_objective' })
@Index('UQ_good_practice_objective_main', ['practiceId'], { unique: true, where: '"is_main"' })
export class GoodPracticeObjectiveEntity {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => GoodPracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_good_practice_objective_practice' })
  practice?: GoodPracticeEntity;

  @Index('IDX_good_practice_objective_objective')
  @PrimaryColumn({ name: 'objective_number', type: 'smallint' })
  objectiveNumber: number;

  @ManyToOne(() => ObjectiveEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'objective_number',
    referencedColumnName: 'number',
    foreignKeyConstraintName: 'FK_good_practice_objective_objective',
  })
  objective?: ObjectiveEntity;

  @Column({ name: 'is_main', type: 'boolean' })
  isMain: boolean;
}

/** A guiding principle a practice particularly exemplifies. */
@Entity({ name: 'good_practice_guiding_principle' })
export class GoodPracticeGuidingPrincipleEntity {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => GoodPracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_good_practice_guiding_principle_practice' })
  practice?: GoodPracticeEntity;

  @PrimaryColumn({ name: 'principle_number', type: 'smallint' })
  principleNumber: number;

  @ManyToOne(() => GuidingPrincipleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'principle_number',
    referencedColumnName: 'number',
    foreignKeyConstraintName: 'FK_good_practice_guiding_principle_principle',
  })
  principle?: GuidingPrincipleEntity;
}

/** A country where a practice is implemented. */
@Entity({ name: 'good_practice_country' })
export class GoodPracticeCountryEntity {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => GoodPracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_good_practice_country_practice' })
  practice?: GoodPracticeEntity;

  @Index('IDX_good_practice_country_country')
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_good_practice_country_country' })
  country?: CountryEntity;
}

/** A region a regional practice covers. */
@Entity({ name: 'good_practice_region' })
export class GoodPracticeRegionEntity {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => GoodPracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_good_practice_region_practice' })
  practice?: GoodPracticeEntity;

  @Index('IDX_good_practice_region_region')
  @PrimaryColumn({ name: 'region_code', type: 'text' })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_good_practice_region_region' })
  region?: RegionEntity;
}
