import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pledge's stable reference in the file or system it came from (e.g. the pledging
 * dashboard's id, or a row id of the secretariat's spreadsheet), unique per pledging entity:
 * importing the same file again updates those pledges instead of creating them twice.
 * The pledging entity is the state (kind and country), or the stakeholder (kind, country it is
 * based in, and its name, compared without case).
 */
export class PledgeExternalId1796164666577 implements MigrationInterface {
  name = 'PledgeExternalId1796164666577';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pledge" ADD "external_id" text`);
    await queryRunner.query(
      `ALTER TABLE "pledge" ADD CONSTRAINT "CHK_pledge_external_id" CHECK ("external_id" IS NULL OR length("external_id") BETWEEN 1 AND 100)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_pledge_external_id" ON "pledge" ("pledging_entity_kind", coalesce("pledging_country_iso3", ''), lower(coalesce("pledging_entity_name", '')), "external_id") WHERE "external_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_pledge_external_id"`);
    await queryRunner.query(`ALTER TABLE "pledge" DROP CONSTRAINT "CHK_pledge_external_id"`);
    await queryRunner.query(`ALTER TABLE "pledge" DROP COLUMN "external_id"`);
  }
}
