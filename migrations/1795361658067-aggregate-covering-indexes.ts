import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Found with the benchmark (docs/BENCHMARKS.md): regionalProgress, the slowest query of the
 * read mix, read the whole pledge and good_practice heaps (wide rows: descriptions, search
 * vectors) to count pledges by status per country and to list published practices. These
 * partial covering indexes hold just what those counts read, so PostgreSQL answers them with
 * index-only scans.
 */
export class AggregateCoveringIndexes1795361658067 implements MigrationInterface {
  name = 'AggregateCoveringIndexes1795361658067';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_pledge_member_state_status" ON "pledge" ("pledging_country_iso3", "status") INCLUDE ("id") WHERE "pledging_entity_kind" = 'MEMBER_STATE'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_good_practice_published" ON "good_practice" ("id") INCLUDE ("scope") WHERE "status" = 'PUBLISHED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_good_practice_published"`);
    await queryRunner.query(`DROP INDEX "IDX_pledge_member_state_status"`);
  }
}
