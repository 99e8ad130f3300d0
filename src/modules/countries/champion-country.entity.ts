import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { CountryEntity } from './country.entity.js';

/** A country that volunteered to lead GCM implementation (the Champion Countries Initiative). */
@Entity({ name: 'champion_country' })
export class ChampionCountryEntity {
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @OneToOne(() => CountryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_champion_country_country' })
  country?: CountryEntity;

  /** Year the country joined, where a source states it. */
  @Column({ name: 'joined_year', type: 'smallint', nullable: true })
  joinedYear: number | null;

  /** What is known of the joining date when no year is sourced. */
  @Column({ name: 'joined_note', type: 'text', nullable: true })
  joinedNote: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', array: true })
  sources: string[];
}
