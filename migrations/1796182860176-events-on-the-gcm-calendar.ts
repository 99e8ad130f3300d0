import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events on the GCM calendar (IMRF side events, champions' dialogues, ministerial meetings,
 * regional review sessions and other milestones): where they were held, organisers,
 * objectives in focus, the review cycles they are part of or prepare for, participating
 * countries (or only a count of them), and the good practices and pledges shared at them.
 * The reference file's milestones are loaded into these tables at start, like the other
 * reference data.
 */
export class EventsOnTheGcmCalendar1796182860176 implements MigrationInterface {
  name = 'EventsOnTheGcmCalendar1796182860176';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference_key" text, "kind" text NOT NULL, "title_en" text NOT NULL, "title_fr" text, "title_es" text, "start_date" date NOT NULL, "end_date" date NOT NULL, "attendance" text, "place" text, "host_country_iso3" character(3), "summary" text, "note" text, "outcome_links" text array NOT NULL DEFAULT '{}', "sources" text array NOT NULL DEFAULT '{}', "confirmed" boolean NOT NULL, "counted_participants" integer, "counted_out_of" integer, "counted_group" text, "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_event_counted" CHECK (("counted_participants" IS NULL) = ("counted_group" IS NULL) AND ("counted_out_of" IS NULL OR ("counted_participants" IS NOT NULL AND "counted_out_of" >= "counted_participants")) AND ("counted_participants" IS NULL OR "counted_participants" >= 0)), CONSTRAINT "CHK_event_counted_group" CHECK ("counted_group" IS NULL OR "counted_group" IN ('CHAMPION_COUNTRIES', 'COUNTRIES')), CONSTRAINT "CHK_event_dates" CHECK ("end_date" >= "start_date"), CONSTRAINT "CHK_event_place" CHECK ("attendance" IS DISTINCT FROM 'VIRTUAL' OR "place" IS NULL), CONSTRAINT "CHK_event_attendance" CHECK ("attendance" IS NULL OR "attendance" IN ('IN_PERSON', 'VIRTUAL', 'HYBRID')), CONSTRAINT "CHK_event_kind" CHECK ("kind" IN ('IMRF_SIDE_EVENT', 'CHAMPIONS_DIALOGUE', 'MINISTERIAL_MEETING', 'REGIONAL_REVIEW_SESSION', 'OTHER')), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_event_reference_key" ON "event"  ("reference_key") `);
    await queryRunner.query(`CREATE INDEX "IDX_event_kind" ON "event"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_event_host_country" ON "event"  ("host_country_iso3") `);
    await queryRunner.query(`CREATE INDEX "IDX_event_start" ON "event"  ("start_date", "id") `);
    await queryRunner.query(`CREATE TABLE "event_organiser" ("event_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "country_iso3" character(3), CONSTRAINT "CHK_event_organiser_government" CHECK (("kind" = 'GOVERNMENT') = ("country_iso3" IS NOT NULL)), CONSTRAINT "CHK_event_organiser_kind" CHECK ("kind" IN ('UN_ENTITY', 'GOVERNMENT', 'OTHER')), CONSTRAINT "PK_4e43d84fd82ed126e64d31bf771" PRIMARY KEY ("event_id", "position"))`);
    await queryRunner.query(`CREATE TABLE "event_objective" ("event_id" uuid NOT NULL, "objective_number" smallint NOT NULL, CONSTRAINT "PK_59b3e705ac93636eb181e7f7bf8" PRIMARY KEY ("event_id", "objective_number"))`);
    await queryRunner.query(`CREATE INDEX "IDX_event_objective_objective" ON "event_objective"  ("objective_number") `);
    await queryRunner.query(`CREATE TABLE "event_review_cycle" ("event_id" uuid NOT NULL, "cycle_code" text NOT NULL, "relation" text NOT NULL, CONSTRAINT "CHK_event_review_cycle_relation" CHECK ("relation" IN ('PART_OF', 'PREPARES_FOR')), CONSTRAINT "PK_e391e6524398e05606bdebbc093" PRIMARY KEY ("event_id", "cycle_code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_event_review_cycle_cycle" ON "event_review_cycle"  ("cycle_code") `);
    await queryRunner.query(`CREATE TABLE "event_participation" ("event_id" uuid NOT NULL, "country_iso3" character(3) NOT NULL, "role" text NOT NULL, "from_reference" boolean NOT NULL DEFAULT false, "recorded_by" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_event_participation_role" CHECK ("role" IN ('CO_ORGANISER', 'SPEAKER', 'PARTICIPANT')), CONSTRAINT "PK_4e75260f8c96943f5199b5749c4" PRIMARY KEY ("event_id", "country_iso3"))`);
    await queryRunner.query(`CREATE INDEX "IDX_event_participation_country" ON "event_participation"  ("country_iso3") `);
    await queryRunner.query(`CREATE TABLE "event_good_practice" ("event_id" uuid NOT NULL, "practice_id" uuid NOT NULL, "linked_by" text NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08f30f6b718a404be321e147be2" PRIMARY KEY ("event_id", "practice_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_event_good_practice_practice" ON "event_good_practice"  ("practice_id") `);
    await queryRunner.query(`CREATE TABLE "event_pledge" ("event_id" uuid NOT NULL, "pledge_id" uuid NOT NULL, "relation" text NOT NULL, "linked_by" text NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_event_pledge_relation" CHECK ("relation" IN ('ANNOUNCED', 'REVIEWED')), CONSTRAINT "PK_649290f670e37c3aba82232d3bd" PRIMARY KEY ("event_id", "pledge_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_event_pledge_pledge" ON "event_pledge"  ("pledge_id") `);
    await queryRunner.query(`ALTER TABLE "event" ADD CONSTRAINT "FK_event_host_country" FOREIGN KEY ("host_country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_organiser" ADD CONSTRAINT "FK_event_organiser_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_organiser" ADD CONSTRAINT "FK_event_organiser_country" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_objective" ADD CONSTRAINT "FK_event_objective_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_objective" ADD CONSTRAINT "FK_event_objective_objective" FOREIGN KEY ("objective_number") REFERENCES "objective"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_review_cycle" ADD CONSTRAINT "FK_event_review_cycle_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_review_cycle" ADD CONSTRAINT "FK_event_review_cycle_cycle" FOREIGN KEY ("cycle_code") REFERENCES "review_cycle"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_participation" ADD CONSTRAINT "FK_event_participation_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_participation" ADD CONSTRAINT "FK_event_participation_country" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_good_practice" ADD CONSTRAINT "FK_event_good_practice_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_good_practice" ADD CONSTRAINT "FK_event_good_practice_practice" FOREIGN KEY ("practice_id") REFERENCES "good_practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_pledge" ADD CONSTRAINT "FK_event_pledge_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_pledge" ADD CONSTRAINT "FK_event_pledge_pledge" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_pledge" DROP CONSTRAINT "FK_event_pledge_pledge"`);
    await queryRunner.query(`ALTER TABLE "event_pledge" DROP CONSTRAINT "FK_event_pledge_event"`);
    await queryRunner.query(`ALTER TABLE "event_good_practice" DROP CONSTRAINT "FK_event_good_practice_practice"`);
    await queryRunner.query(`ALTER TABLE "event_good_practice" DROP CONSTRAINT "FK_event_good_practice_event"`);
    await queryRunner.query(`ALTER TABLE "event_participation" DROP CONSTRAINT "FK_event_participation_country"`);
    await queryRunner.query(`ALTER TABLE "event_participation" DROP CONSTRAINT "FK_event_participation_event"`);
    await queryRunner.query(`ALTER TABLE "event_review_cycle" DROP CONSTRAINT "FK_event_review_cycle_cycle"`);
    await queryRunner.query(`ALTER TABLE "event_review_cycle" DROP CONSTRAINT "FK_event_review_cycle_event"`);
    await queryRunner.query(`ALTER TABLE "event_objective" DROP CONSTRAINT "FK_event_objective_objective"`);
    await queryRunner.query(`ALTER TABLE "event_objective" DROP CONSTRAINT "FK_event_objective_event"`);
    await queryRunner.query(`ALTER TABLE "event_organiser" DROP CONSTRAINT "FK_event_organiser_country"`);
    await queryRunner.query(`ALTER TABLE "event_organiser" DROP CONSTRAINT "FK_event_organiser_event"`);
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "FK_event_host_country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_pledge_pledge"`);
    await queryRunner.query(`DROP TABLE "event_pledge"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_good_practice_practice"`);
    await queryRunner.query(`DROP TABLE "event_good_practice"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_participation_country"`);
    await queryRunner.query(`DROP TABLE "event_participation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_review_cycle_cycle"`);
    await queryRunner.query(`DROP TABLE "event_review_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_objective_objective"`);
    await queryRunner.query(`DROP TABLE "event_objective"`);
    await queryRunner.query(`DROP TABLE "event_organiser"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_start"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_host_country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_kind"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_event_reference_key"`);
    await queryRunner.query(`DROP TABLE "event"`);
  }
}
