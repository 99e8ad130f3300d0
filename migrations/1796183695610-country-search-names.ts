import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A country's names folded for search (accents and case removed: "cote" finds Côte d'Ivoire,
 * "turkey" and "turquie" find Türkiye). Filled by the reference data load that follows every
 * migration run, the same on PostgreSQL and on the embedded database, which has no unaccent.
 */
export class CountrySearchNames1796183695610 implements MigrationInterface {
  name = 'CountrySearchNames1796183695610';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "country" ADD "search_names" text NOT NULL DEFAULT ''`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "country" DROP COLUMN "search_names"`);
  }
}
