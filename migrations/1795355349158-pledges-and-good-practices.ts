import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PledgesAndGoodPractices1795355349158 implements MigrationInterface {
  name = 'PledgesAndGoodPractices1795355349158';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "pledge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text NOT NULL, "language" text NOT NULL DEFAULT 'EN', "pledging_entity_kind" text NOT NULL, "pledging_country_iso3" character(3), "pledging_entity_name" text, "is_global" boolean NOT NULL DEFAULT false, "cycle_code" text, "nature" text NOT NULL, "type" text NOT NULL, "matches_pledge_id" uuid, "target" text NOT NULL, "target_date" date, "status" text NOT NULL, "status_date" date NOT NULL, "search_vector" tsvector, "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_pledge_language" CHECK ("language" IN ('EN', 'FR', 'ES')), CONSTRAINT "CHK_pledge_status" CHECK ("status" IN ('PLANNING', 'IN_PROGRESS', 'FULFILLED', 'WITHDRAWN')), CONSTRAINT "CHK_pledge_matching" CHECK (("type" = 'MATCHING') = ("matches_pledge_id" IS NOT NULL) AND "matches_pledge_id" IS DISTINCT FROM "id"), CONSTRAINT "CHK_pledge_type" CHECK ("type" IN ('INDIVIDUAL', 'COMMON', 'PARTNERSHIP', 'MATCHING')), CONSTRAINT "CHK_pledge_nature" CHECK ("nature" IN ('FINANCIAL', 'HUMAN_RESOURCES', 'PROCESS', 'POLICY')), CONSTRAINT "CHK_pledge_state_or_stakeholder" CHECK (("pledging_entity_kind" = 'MEMBER_STATE' AND "pledging_country_iso3" IS NOT NULL AND "pledging_entity_name" IS NULL) OR ("pledging_entity_kind" <> 'MEMBER_STATE' AND "pledging_entity_name" IS NOT NULL)), CONSTRAINT "CHK_pledge_entity_kind" CHECK ("pledging_entity_kind" IN ('MEMBER_STATE', 'CIVIL_SOCIETY', 'LOCAL_GOVERNMENT', 'PRIVATE_SECTOR', 'UN_ENTITY', 'ACADEMIA', 'OTHER')), CONSTRAINT "PK_45ccbbcda634f9a57e8b9c41fee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_pledge_pledging_country" ON "pledge"  ("pledging_country_iso3") `);
    await queryRunner.query(`CREATE INDEX "IDX_pledge_cycle" ON "pledge"  ("cycle_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_pledge_matches" ON "pledge"  ("matches_pledge_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_pledge_status" ON "pledge"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_pledge_created" ON "pledge"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "pledge_guiding_principle" ("pledge_id" uuid NOT NULL, "principle_number" smallint NOT NULL, CONSTRAINT "PK_487aa2fd6c3bcd09a370f18485c" PRIMARY KEY ("pledge_id", "principle_number"))`);
    await queryRunner.query(`CREATE TABLE "pledge_implementation_country" ("pledge_id" uuid NOT NULL, "country_iso3" character(3) NOT NULL, CONSTRAINT "PK_26971203c0e56d1c11f747325bc" PRIMARY KEY ("pledge_id", "country_iso3"))`);
    await queryRunner.query(`CREATE INDEX "IDX_pledge_implementation_country_country" ON "pledge_implementation_country"  ("country_iso3") `);
    await queryRunner.query(`CREATE TABLE "pledge_objective" ("pledge_id" uuid NOT NULL, "objective_number" smallint NOT NULL, "is_main" boolean NOT NULL, CONSTRAINT "PK_aef1ea57ff15c84a5bebf7f84f6" PRIMARY KEY ("pledge_id", "objective_number"))`);
    await queryRunner.query(`CREATE INDEX "IDX_pledge_objective_objective" ON "pledge_objective"  ("objective_number") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_pledge_objective_main" ON "pledge_objective"  ("pledge_id") WHERE "is_main"`);
    await queryRunner.query(`CREATE TABLE "pledge_participant" ("pledge_id" uuid NOT NULL, "position" smallint NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "country_iso3" character(3), CONSTRAINT "CHK_pledge_participant_state" CHECK ("kind" <> 'MEMBER_STATE' OR "country_iso3" IS NOT NULL), CONSTRAINT "CHK_pledge_participant_kind" CHECK ("kind" IN ('MEMBER_STATE', 'CIVIL_SOCIETY', 'LOCAL_GOVERNMENT', 'PRIVATE_SECTOR', 'UN_ENTITY', 'ACADEMIA', 'OTHER')), CONSTRAINT "PK_6e8b06df7ffff200d11d78e62d1" PRIMARY KEY ("pledge_id", "position"))`);
    await queryRunner.query(`CREATE TABLE "pledge_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pledge_id" uuid NOT NULL, "status" text NOT NULL, "previous_status" text, "occurred_on" date NOT NULL, "narrative" text NOT NULL, "evidence_links" text array NOT NULL DEFAULT '{}', "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by_account_id" uuid, "recorded_by" text NOT NULL, CONSTRAINT "CHK_pledge_update_status" CHECK ("status" IN ('PLANNING', 'IN_PROGRESS', 'FULFILLED', 'WITHDRAWN')), CONSTRAINT "PK_a734f505a84365099f215e896d0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_pledge_update_pledge" ON "pledge_update"  ("pledge_id", "occurred_on", "recorded_at") `);
    await queryRunner.query(`CREATE TABLE "good_practice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "summary" text NOT NULL, "language" text NOT NULL DEFAULT 'EN', "scope" text NOT NULL, "owner_country_iso3" character(3), "implementing_partners" text array NOT NULL DEFAULT '{}', "practice_type" text NOT NULL, "sdgs" smallint array NOT NULL DEFAULT '{}', "start_year" smallint NOT NULL, "end_year" smallint, "results" text, "lessons_learned" text, "links" text array NOT NULL DEFAULT '{}', "status" text NOT NULL, "from_pledge_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_good_practice_published" CHECK (("status" = 'PUBLISHED') = ("published_at" IS NOT NULL)), CONSTRAINT "CHK_good_practice_sdgs" CHECK ("sdgs" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]), CONSTRAINT "CHK_good_practice_years" CHECK ("start_year" BETWEEN 1900 AND 2100 AND ("end_year" IS NULL OR "end_year" BETWEEN "start_year" AND 2100)), CONSTRAINT "CHK_good_practice_language" CHECK ("language" IN ('EN', 'FR', 'ES')), CONSTRAINT "CHK_good_practice_status" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED')), CONSTRAINT "CHK_good_practice_scope" CHECK ("scope" IN ('NATIONAL', 'REGIONAL', 'GLOBAL')), CONSTRAINT "CHK_good_practice_type" CHECK ("practice_type" IN ('POLICY', 'PROGRAMME', 'PARTNERSHIP', 'OTHER')), CONSTRAINT "PK_398de673b2418c92299458af4a0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_good_practice_owner_country" ON "good_practice"  ("owner_country_iso3") `);
    await queryRunner.query(`CREATE INDEX "IDX_good_practice_status" ON "good_practice"  ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_good_practice_from_pledge" ON "good_practice"  ("from_pledge_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_good_practice_created" ON "good_practice"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "good_practice_objective" ("practice_id" uuid NOT NULL, "objective_number" smallint NOT NULL, "is_main" boolean NOT NULL, CONSTRAINT "PK_db1bbddc2832b76cf51fa4376c0" PRIMARY KEY ("practice_id", "objective_number"))`);
    await queryRunner.query(`CREATE INDEX "IDX_good_practice_objective_objective" ON "good_practice_objective"  ("objective_number") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_good_practice_objective_main" ON "good_practice_objective"  ("practice_id") WHERE "is_main"`);
    await queryRunner.query(`CREATE TABLE "good_practice_guiding_principle" ("practice_id" uuid NOT NULL, "principle_number" smallint NOT NULL, CONSTRAINT "PK_0f4de44eae264e5ad348fc93924" PRIMARY KEY ("practice_id", "principle_number"))`);
    await queryRunner.query(`CREATE TABLE "good_practice_country" ("practice_id" uuid NOT NULL, "country_iso3" character(3) NOT NULL, CONSTRAINT "PK_97dd508e86a3a35a458ee111e10" PRIMARY KEY ("practice_id", "country_iso3"))`);
    await queryRunner.query(`CREATE INDEX "IDX_good_practice_country_country" ON "good_practice_country"  ("country_iso3") `);
    await queryRunner.query(`CREATE TABLE "good_practice_region" ("practice_id" uuid NOT NULL, "region_code" text NOT NULL, CONSTRAINT "PK_a1cac03e213397fb56ff429920b" PRIMARY KEY ("practice_id", "region_code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_good_practice_region_region" ON "good_practice_region"  ("region_code") `);
    await queryRunner.query(`CREATE TABLE "good_practice_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "action" text NOT NULL, "comment" text, "acted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acted_by_account_id" uuid, "acted_by" text NOT NULL, "acted_by_role" text, CONSTRAINT "CHK_good_practice_review_return_comment" CHECK ("action" <> 'RETURNED' OR "comment" IS NOT NULL), CONSTRAINT "CHK_good_practice_review_action" CHECK ("action" IN ('SUBMITTED', 'RETURNED', 'PUBLISHED')), CONSTRAINT "PK_d7509d1f18f678427babb213828" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_good_practice_review_practice" ON "good_practice_review"  ("practice_id", "acted_at") `);
    await queryRunner.query(`ALTER TABLE "pledge" ADD CONSTRAINT "FK_pledge_pledging_country" FOREIGN KEY ("pledging_country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge" ADD CONSTRAINT "FK_pledge_cycle" FOREIGN KEY ("cycle_code") REFERENCES "review_cycle"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge" ADD CONSTRAINT "FK_pledge_matches_pledge" FOREIGN KEY ("matches_pledge_id") REFERENCES "pledge"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge_guiding_principle" ADD CONSTRAINT "FK_pledge_guiding_principle_pledge" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge_guiding_principle" ADD CONSTRAINT "FK_pledge_guiding_principle_principle" FOREIGN KEY ("principle_number") REFERENCES "guiding_principle"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge_implementation_country" ADD CONSTRAINT "FK_pledge_implementation_country_pledge" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge_implementation_country" ADD CONSTRAINT "FK_pledge_implementation_country_country" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge_objective" ADD CONSTRAINT "FK_pledge_objective_pledge" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge_objective" ADD CONSTRAINT "FK_pledge_objective_objective" FOREIGN KEY ("objective_number") REFERENCES "objective"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge_participant" ADD CONSTRAINT "FK_pledge_participant_pledge" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge_participant" ADD CONSTRAINT "FK_pledge_participant_country" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledge_update" ADD CONSTRAINT "FK_pledge_update_pledge" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice" ADD CONSTRAINT "FK_good_practice_owner_country" FOREIGN KEY ("owner_country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice" ADD CONSTRAINT "FK_good_practice_from_pledge" FOREIGN KEY ("from_pledge_id") REFERENCES "pledge"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice_objective" ADD CONSTRAINT "FK_good_practice_objective_practice" FOREIGN KEY ("practice_id") REFERENCES "good_practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice_objective" ADD CONSTRAINT "FK_good_practice_objective_objective" FOREIGN KEY ("objective_number") REFERENCES "objective"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice_guiding_principle" ADD CONSTRAINT "FK_good_practice_guiding_principle_practice" FOREIGN KEY ("practice_id") REFERENCES "good_practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice_guiding_principle" ADD CONSTRAINT "FK_good_practice_guiding_principle_principle" FOREIGN KEY ("principle_number") REFERENCES "guiding_principle"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice_country" ADD CONSTRAINT "FK_good_practice_country_practice" FOREIGN KEY ("practice_id") REFERENCES "good_practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice_country" ADD CONSTRAINT "FK_good_practice_country_country" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice_region" ADD CONSTRAINT "FK_good_practice_region_practice" FOREIGN KEY ("practice_id") REFERENCES "good_practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice_region" ADD CONSTRAINT "FK_good_practice_region_region" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "good_practice_review" ADD CONSTRAINT "FK_good_practice_review_practice" FOREIGN KEY ("practice_id") REFERENCES "good_practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // Full-text search in each record's own language: a trigger keeps search_vector with the
    // dictionary of the record's language (english, french or spanish stemming, stop words),
    // title weighted highest. Queries use the GIN indexes below. Both PostgreSQL and the
    // embedded database ship these three text search configurations.
    await queryRunner.query(`CREATE FUNCTION gcm_text_search_config(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE language WHEN 'FR' THEN 'pg_catalog.french'::regconfig WHEN 'ES' THEN 'pg_catalog.spanish'::regconfig ELSE 'pg_catalog.english'::regconfig END
    $$`);
    await queryRunner.query(`CREATE FUNCTION pledge_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE cfg regconfig := gcm_text_search_config(NEW.language);
      BEGIN
        NEW.search_vector := setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A')
          || setweight(to_tsvector(cfg, coalesce(NEW.description, '')), 'B')
          || setweight(to_tsvector(cfg, coalesce(NEW.target, '')), 'C');
        RETURN NEW;
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER pledge_search_vector BEFORE INSERT OR UPDATE OF title, description, target, language ON "pledge" FOR EACH ROW EXECUTE FUNCTION pledge_search_vector()`);
    await queryRunner.query(`CREATE INDEX "IDX_pledge_search" ON "pledge" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE FUNCTION good_practice_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE cfg regconfig := gcm_text_search_config(NEW.language);
      BEGIN
        NEW.search_vector := setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A')
          || setweight(to_tsvector(cfg, coalesce(NEW.summary, '')), 'B')
          || setweight(to_tsvector(cfg, coalesce(NEW.results, '')), 'C')
          || setweight(to_tsvector(cfg, coalesce(NEW.lessons_learned, '')), 'C');
        RETURN NEW;
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER good_practice_search_vector BEFORE INSERT OR UPDATE OF title, summary, results, lessons_learned, language ON "good_practice" FOR EACH ROW EXECUTE FUNCTION good_practice_search_vector()`);
    await queryRunner.query(`CREATE INDEX "IDX_good_practice_search" ON "good_practice" USING gin ("search_vector")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_good_practice_search"`);
    await queryRunner.query(`DROP TRIGGER good_practice_search_vector ON "good_practice"`);
    await queryRunner.query(`DROP FUNCTION good_practice_search_vector()`);
    await queryRunner.query(`DROP INDEX "IDX_pledge_search"`);
    await queryRunner.query(`DROP TRIGGER pledge_search_vector ON "pledge"`);
    await queryRunner.query(`DROP FUNCTION pledge_search_vector()`);
    await queryRunner.query(`ALTER TABLE "good_practice_review" DROP CONSTRAINT "FK_good_practice_review_practice"`);
    await queryRunner.query(`ALTER TABLE "good_practice_region" DROP CONSTRAINT "FK_good_practice_region_region"`);
    await queryRunner.query(`ALTER TABLE "good_practice_region" DROP CONSTRAINT "FK_good_practice_region_practice"`);
    await queryRunner.query(`ALTER TABLE "good_practice_country" DROP CONSTRAINT "FK_good_practice_country_country"`);
    await queryRunner.query(`ALTER TABLE "good_practice_country" DROP CONSTRAINT "FK_good_practice_country_practice"`);
    await queryRunner.query(`ALTER TABLE "good_practice_guiding_principle" DROP CONSTRAINT "FK_good_practice_guiding_principle_principle"`);
    await queryRunner.query(`ALTER TABLE "good_practice_guiding_principle" DROP CONSTRAINT "FK_good_practice_guiding_principle_practice"`);
    await queryRunner.query(`ALTER TABLE "good_practice_objective" DROP CONSTRAINT "FK_good_practice_objective_objective"`);
    await queryRunner.query(`ALTER TABLE "good_practice_objective" DROP CONSTRAINT "FK_good_practice_objective_practice"`);
    await queryRunner.query(`ALTER TABLE "good_practice" DROP CONSTRAINT "FK_good_practice_from_pledge"`);
    await queryRunner.query(`ALTER TABLE "good_practice" DROP CONSTRAINT "FK_good_practice_owner_country"`);
    await queryRunner.query(`ALTER TABLE "pledge_update" DROP CONSTRAINT "FK_pledge_update_pledge"`);
    await queryRunner.query(`ALTER TABLE "pledge_participant" DROP CONSTRAINT "FK_pledge_participant_country"`);
    await queryRunner.query(`ALTER TABLE "pledge_participant" DROP CONSTRAINT "FK_pledge_participant_pledge"`);
    await queryRunner.query(`ALTER TABLE "pledge_objective" DROP CONSTRAINT "FK_pledge_objective_objective"`);
    await queryRunner.query(`ALTER TABLE "pledge_objective" DROP CONSTRAINT "FK_pledge_objective_pledge"`);
    await queryRunner.query(`ALTER TABLE "pledge_implementation_country" DROP CONSTRAINT "FK_pledge_implementation_country_country"`);
    await queryRunner.query(`ALTER TABLE "pledge_implementation_country" DROP CONSTRAINT "FK_pledge_implementation_country_pledge"`);
    await queryRunner.query(`ALTER TABLE "pledge_guiding_principle" DROP CONSTRAINT "FK_pledge_guiding_principle_principle"`);
    await queryRunner.query(`ALTER TABLE "pledge_guiding_principle" DROP CONSTRAINT "FK_pledge_guiding_principle_pledge"`);
    await queryRunner.query(`ALTER TABLE "pledge" DROP CONSTRAINT "FK_pledge_matches_pledge"`);
    await queryRunner.query(`ALTER TABLE "pledge" DROP CONSTRAINT "FK_pledge_cycle"`);
    await queryRunner.query(`ALTER TABLE "pledge" DROP CONSTRAINT "FK_pledge_pledging_country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_good_practice_review_practice"`);
    await queryRunner.query(`DROP TABLE "good_practice_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_good_practice_region_region"`);
    await queryRunner.query(`DROP TABLE "good_practice_region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_good_practice_country_country"`);
    await queryRunner.query(`DROP TABLE "good_practice_country"`);
    await queryRunner.query(`DROP TABLE "good_practice_guiding_principle"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_good_practice_objective_main"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_good_practice_objective_objective"`);
    await queryRunner.query(`DROP TABLE "good_practice_objective"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_good_practice_created"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_good_practice_from_pledge"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_good_practice_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_good_practice_owner_country"`);
    await queryRunner.query(`DROP TABLE "good_practice"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pledge_update_pledge"`);
    await queryRunner.query(`DROP TABLE "pledge_update"`);
    await queryRunner.query(`DROP TABLE "pledge_participant"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_pledge_objective_main"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pledge_objective_objective"`);
    await queryRunner.query(`DROP TABLE "pledge_objective"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pledge_implementation_country_country"`);
    await queryRunner.query(`DROP TABLE "pledge_implementation_country"`);
    await queryRunner.query(`DROP TABLE "pledge_guiding_principle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pledge_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pledge_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pledge_matches"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pledge_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pledge_pledging_country"`);
    await queryRunner.query(`DROP TABLE "pledge"`);
    await queryRunner.query(`DROP FUNCTION gcm_text_search_config(text)`);
  }
}
