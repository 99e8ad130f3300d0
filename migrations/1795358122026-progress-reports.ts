import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressReports1795358122026 implements MigrationInterface {
  name = 'ProgressReports1795358122026';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "progress_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "country_iso3" character(3) NOT NULL, "cycle_code" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de44d4f311d5a0132f49f9f0820" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_progress_report_cycle" ON "progress_report"  ("cycle_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_progress_report_country_cycle" ON "progress_report"  ("country_iso3", "cycle_code") `);
    await queryRunner.query(`CREATE TABLE "progress_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "objective_number" smallint NOT NULL, "state" text NOT NULL DEFAULT 'DRAFT', "reported_level" smallint NOT NULL, "narrative" text NOT NULL DEFAULT '', "measures_taken" text, "challenges" text, "evidence_links" text array NOT NULL DEFAULT '{}', "validated_level" smallint, "validation_justification" text, "validated_at" TIMESTAMP WITH TIME ZONE, "validated_by_account_id" uuid, "validated_snapshot" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_progress_entry_justification" CHECK ("validated_level" IS NULL OR "validated_level" = "reported_level" OR "validation_justification" IS NOT NULL), CONSTRAINT "CHK_progress_entry_validated_level" CHECK ((("state" = 'VALIDATED') = ("validated_level" IS NOT NULL)) AND ("validated_level" IS NULL OR "validated_level" BETWEEN 0 AND 3)), CONSTRAINT "CHK_progress_entry_reported_level" CHECK ("reported_level" BETWEEN 0 AND 3), CONSTRAINT "CHK_progress_entry_state" CHECK ("state" IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED')), CONSTRAINT "PK_2087004aaffee249ff4adcd5281" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_progress_entry_objective_state" ON "progress_entry"  ("objective_number", "state") `);
    await queryRunner.query(`CREATE INDEX "IDX_progress_entry_pending" ON "progress_entry"  ("submitted_at", "id") WHERE "state" = 'SUBMITTED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_progress_entry_report_objective" ON "progress_entry"  ("report_id", "objective_number") `);
    await queryRunner.query(`CREATE TABLE "progress_entry_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "action" text NOT NULL, "from_state" text, "to_state" text NOT NULL, "comment" text, "changed_fields" text array NOT NULL DEFAULT '{}', "acted_by_account_id" uuid, "acted_by" text NOT NULL, "acted_by_role" text, "acted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_progress_entry_event_state" CHECK ("to_state" IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED')), CONSTRAINT "CHK_progress_entry_event_action" CHECK ("action" IN ('CREATED', 'UPDATED', 'SUBMITTED', 'RETURNED', 'VALIDATED', 'REOPENED', 'COMMENTED')), CONSTRAINT "PK_06e3a538ab73490daf30fc4a3f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_progress_entry_event_entry" ON "progress_entry_event"  ("entry_id", "acted_at") `);
    await queryRunner.query(`CREATE TABLE "progress_entry_pledge" ("entry_id" uuid NOT NULL, "pledge_id" uuid NOT NULL, CONSTRAINT "PK_e321221007da6bd0037ce1cea80" PRIMARY KEY ("entry_id", "pledge_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_progress_entry_pledge_pledge" ON "progress_entry_pledge"  ("pledge_id") `);
    await queryRunner.query(`CREATE TABLE "progress_entry_practice" ("entry_id" uuid NOT NULL, "practice_id" uuid NOT NULL, CONSTRAINT "PK_7cbe9ffd9c2f2ef04edc14814b1" PRIMARY KEY ("entry_id", "practice_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_progress_entry_practice_practice" ON "progress_entry_practice"  ("practice_id") `);
    await queryRunner.query(`CREATE TABLE "reporting_window" ("cycle_code" text NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "reason" text, "set_by" text NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_reporting_window_dates" CHECK ("opens_on" <= "closes_on"), CONSTRAINT "PK_5a7983b15744acd7e27cbdfc6c3" PRIMARY KEY ("cycle_code"))`);
    await queryRunner.query(`CREATE TABLE "reporting_window_extension" ("cycle_code" text NOT NULL, "country_iso3" character(3) NOT NULL, "closes_on" date NOT NULL, "reason" text NOT NULL, "granted_by" text NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6fbdda09ddd641183975f6784e" PRIMARY KEY ("cycle_code", "country_iso3"))`);
    await queryRunner.query(`ALTER TABLE "progress_report" ADD CONSTRAINT "FK_progress_report_country" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_report" ADD CONSTRAINT "FK_progress_report_cycle" FOREIGN KEY ("cycle_code") REFERENCES "review_cycle"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_entry" ADD CONSTRAINT "FK_progress_entry_report" FOREIGN KEY ("report_id") REFERENCES "progress_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_entry" ADD CONSTRAINT "FK_progress_entry_objective" FOREIGN KEY ("objective_number") REFERENCES "objective"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_entry_event" ADD CONSTRAINT "FK_progress_entry_event_entry" FOREIGN KEY ("entry_id") REFERENCES "progress_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_entry_pledge" ADD CONSTRAINT "FK_progress_entry_pledge_entry" FOREIGN KEY ("entry_id") REFERENCES "progress_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_entry_pledge" ADD CONSTRAINT "FK_progress_entry_pledge_pledge" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_entry_practice" ADD CONSTRAINT "FK_progress_entry_practice_entry" FOREIGN KEY ("entry_id") REFERENCES "progress_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_entry_practice" ADD CONSTRAINT "FK_progress_entry_practice_practice" FOREIGN KEY ("practice_id") REFERENCES "good_practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reporting_window" ADD CONSTRAINT "FK_reporting_window_cycle" FOREIGN KEY ("cycle_code") REFERENCES "review_cycle"("code") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reporting_window_extension" ADD CONSTRAINT "FK_reporting_window_extension_cycle" FOREIGN KEY ("cycle_code") REFERENCES "review_cycle"("code") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reporting_window_extension" ADD CONSTRAINT "FK_reporting_window_extension_country" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reporting_window_extension" DROP CONSTRAINT "FK_reporting_window_extension_country"`);
    await queryRunner.query(`ALTER TABLE "reporting_window_extension" DROP CONSTRAINT "FK_reporting_window_extension_cycle"`);
    await queryRunner.query(`ALTER TABLE "reporting_window" DROP CONSTRAINT "FK_reporting_window_cycle"`);
    await queryRunner.query(`ALTER TABLE "progress_entry_practice" DROP CONSTRAINT "FK_progress_entry_practice_practice"`);
    await queryRunner.query(`ALTER TABLE "progress_entry_practice" DROP CONSTRAINT "FK_progress_entry_practice_entry"`);
    await queryRunner.query(`ALTER TABLE "progress_entry_pledge" DROP CONSTRAINT "FK_progress_entry_pledge_pledge"`);
    await queryRunner.query(`ALTER TABLE "progress_entry_pledge" DROP CONSTRAINT "FK_progress_entry_pledge_entry"`);
    await queryRunner.query(`ALTER TABLE "progress_entry_event" DROP CONSTRAINT "FK_progress_entry_event_entry"`);
    await queryRunner.query(`ALTER TABLE "progress_entry" DROP CONSTRAINT "FK_progress_entry_objective"`);
    await queryRunner.query(`ALTER TABLE "progress_entry" DROP CONSTRAINT "FK_progress_entry_report"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_progress_report_cycle"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_progress_report_country"`);
    await queryRunner.query(`DROP TABLE "reporting_window_extension"`);
    await queryRunner.query(`DROP TABLE "reporting_window"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_progress_entry_practice_practice"`);
    await queryRunner.query(`DROP TABLE "progress_entry_practice"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_progress_entry_pledge_pledge"`);
    await queryRunner.query(`DROP TABLE "progress_entry_pledge"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_progress_entry_event_entry"`);
    await queryRunner.query(`DROP TABLE "progress_entry_event"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_progress_entry_report_objective"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_progress_entry_pending"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_progress_entry_objective_state"`);
    await queryRunner.query(`DROP TABLE "progress_entry"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_progress_report_country_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_progress_report_cycle"`);
    await queryRunner.query(`DROP TABLE "progress_report"`);
  }
}
