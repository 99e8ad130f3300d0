import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndAuditTrail1795340274094 implements MigrationInterface {
  name = 'AccountsAndAuditTrail1795340274094';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" text NOT NULL, "country_iso3" character(3), "active" boolean NOT NULL DEFAULT true, "password_hash" text NOT NULL, "token_version" integer NOT NULL DEFAULT '0', "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_account_email_lowercase" CHECK ("email" = lower("email")), CONSTRAINT "CHK_account_focal_point_country" CHECK (("role" = 'FOCAL_POINT') = ("country_iso3" IS NOT NULL)), CONSTRAINT "CHK_account_role" CHECK ("role" IN ('FOCAL_POINT', 'SECRETARIAT', 'ANALYST')), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_account_email" ON "account"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_account_country" ON "account"  ("country_iso3") `);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_account_id" uuid, "actor_label" text NOT NULL, "actor_role" text, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "country_iso3" character(3), "changes" jsonb NOT NULL, "request_id" text, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_occurred_at" ON "audit_event"  ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_actor" ON "audit_event"  ("actor_account_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_country" ON "audit_event"  ("country_iso3", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_entity" ON "audit_event"  ("entity_type", "entity_id", "id") `);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_account_country" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // The audit trail is append-only, enforced by the database itself: any UPDATE, DELETE
    // or TRUNCATE of audit_event fails, whoever sends it.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are append-only: % on audit_event is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_or_delete ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_account_country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_entity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_actor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_occurred_at"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_account_country"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_account_email"`);
    await queryRunner.query(`DROP TABLE "account"`);
  }
}
