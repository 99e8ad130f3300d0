import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialReferenceModel1795340267209 implements MigrationInterface {
  name = 'InitialReferenceModel1795340267209';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "country" ("iso3" character(3) NOT NULL, "m49_code" character(3) NOT NULL, "name_en" text NOT NULL, "name_fr" text NOT NULL, "name_es" text NOT NULL, "official_name_en" text NOT NULL, "un_status" text NOT NULL, CONSTRAINT "CHK_country_un_status" CHECK ("un_status" IN ('MEMBER_STATE', 'OBSERVER_STATE')), CONSTRAINT "CHK_country_iso3" CHECK ("iso3" ~ '^[A-Z]{3}$'), CONSTRAINT "PK_8df5b1a0131e8e155381547aa5b" PRIMARY KEY ("iso3"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_country_m49_code" ON "country"  ("m49_code") `);
    await queryRunner.query(`CREATE TABLE "champion_country" ("country_iso3" character(3) NOT NULL, "joined_year" smallint, "joined_note" text, "note" text, "sources" text array NOT NULL, CONSTRAINT "PK_1aa4891d349806c57f0a0148d1a" PRIMARY KEY ("country_iso3"))`);
    await queryRunner.query(`CREATE TABLE "region" ("code" text NOT NULL, "scheme" text NOT NULL, "name_en" text NOT NULL, "name_fr" text, "name_es" text, "m49_code" character(3), "membership_complete" boolean NOT NULL, "note" text, "sources" text array NOT NULL, CONSTRAINT "CHK_region_scheme" CHECK ("scheme" IN ('REVIEW', 'GEOGRAPHIC')), CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_region_scheme" ON "region"  ("scheme") `);
    await queryRunner.query(`CREATE TABLE "region_membership" ("region_code" text NOT NULL, "country_iso3" character(3) NOT NULL, "kind" text NOT NULL, CONSTRAINT "CHK_region_membership_kind" CHECK ("kind" IN ('REGIONAL', 'NON_REGIONAL')), CONSTRAINT "PK_958673f377e3e69465b2e25dc8f" PRIMARY KEY ("region_code", "country_iso3"))`);
    await queryRunner.query(`CREATE INDEX "IDX_region_membership_country" ON "region_membership"  ("country_iso3") `);
    await queryRunner.query(`CREATE TABLE "guiding_principle" ("number" smallint NOT NULL, "letter" character(1) NOT NULL, "compact_paragraph" text NOT NULL, "name_en" text NOT NULL, "name_fr" text, "name_es" text, "note" text, "sources" text array NOT NULL, CONSTRAINT "CHK_guiding_principle_number" CHECK ("number" BETWEEN 1 AND 10), CONSTRAINT "PK_c9ec96bf0b8061a336a3eb4fbb0" PRIMARY KEY ("number"))`);
    await queryRunner.query(`CREATE TABLE "imrf_round_table" ("number" smallint NOT NULL, "label" text NOT NULL, "thematic_label" text, "thematic_label_confirmed" boolean NOT NULL, "note" text, "sources" text array NOT NULL, CONSTRAINT "PK_ff27db380c983bffe5a06b17622" PRIMARY KEY ("number"))`);
    await queryRunner.query(`CREATE TABLE "objective" ("number" smallint NOT NULL, "title_en" text NOT NULL, "title_fr" text, "title_es" text, "title_fr_confirmed" boolean NOT NULL, "title_es_confirmed" boolean NOT NULL, "short_title_en" text NOT NULL, "short_title_fr" text, "short_title_es" text, "compact_paragraph" smallint NOT NULL, "imrf_round_table_number" smallint, "sources_en" text array NOT NULL, "sources_fr" text array NOT NULL, "sources_es" text array NOT NULL, CONSTRAINT "CHK_objective_number" CHECK ("number" BETWEEN 1 AND 23), CONSTRAINT "PK_65ef25e43ca316d1a28e6ccb355" PRIMARY KEY ("number"))`);
    await queryRunner.query(`CREATE INDEX "IDX_objective_round_table" ON "objective"  ("imrf_round_table_number") `);
    await queryRunner.query(`CREATE TABLE "review_cycle" ("code" text NOT NULL, "kind" text NOT NULL, "round" smallint, "region_code" text, "name" text NOT NULL, "year" smallint NOT NULL, "start_date" date, "end_date" date, "location" text, "confirmed" boolean NOT NULL, "note" text, "sources" text array NOT NULL, "reporting_opens_on" date, "reporting_closes_on" date, CONSTRAINT "CHK_review_cycle_window" CHECK ("reporting_closes_on" IS NULL OR "reporting_opens_on" IS NULL OR "reporting_closes_on" >= "reporting_opens_on"), CONSTRAINT "CHK_review_cycle_dates" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "CHK_review_cycle_region" CHECK (("kind" = 'REGIONAL') = ("region_code" IS NOT NULL)), CONSTRAINT "CHK_review_cycle_kind" CHECK ("kind" IN ('IMRF', 'REGIONAL')), CONSTRAINT "PK_bae43afe0f828ea80193e3152d6" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_review_cycle_kind" ON "review_cycle"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_review_cycle_region" ON "review_cycle"  ("region_code") `);
    await queryRunner.query(`ALTER TABLE "champion_country" ADD CONSTRAINT "FK_champion_country_country" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "region_membership" ADD CONSTRAINT "FK_region_membership_region" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "region_membership" ADD CONSTRAINT "FK_region_membership_country" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "objective" ADD CONSTRAINT "FK_objective_imrf_round_table" FOREIGN KEY ("imrf_round_table_number") REFERENCES "imrf_round_table"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_cycle" ADD CONSTRAINT "FK_review_cycle_region" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_cycle" DROP CONSTRAINT "FK_review_cycle_region"`);
    await queryRunner.query(`ALTER TABLE "objective" DROP CONSTRAINT "FK_objective_imrf_round_table"`);
    await queryRunner.query(`ALTER TABLE "region_membership" DROP CONSTRAINT "FK_region_membership_country"`);
    await queryRunner.query(`ALTER TABLE "region_membership" DROP CONSTRAINT "FK_region_membership_region"`);
    await queryRunner.query(`ALTER TABLE "champion_country" DROP CONSTRAINT "FK_champion_country_country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_review_cycle_region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_review_cycle_kind"`);
    await queryRunner.query(`DROP TABLE "review_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_objective_round_table"`);
    await queryRunner.query(`DROP TABLE "objective"`);
    await queryRunner.query(`DROP TABLE "imrf_round_table"`);
    await queryRunner.query(`DROP TABLE "guiding_principle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_region_membership_country"`);
    await queryRunner.query(`DROP TABLE "region_membership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_region_scheme"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TABLE "champion_country"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_country_m49_code"`);
    await queryRunner.query(`DROP TABLE "country"`);
  }
}
