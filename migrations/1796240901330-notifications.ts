import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications, the mail outbox written with each event, single-use password links, and the accounts' language and mail mode. */
export class Notifications1796240901330 implements MigrationInterface {
  name = 'Notifications1796240901330';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "password_link" ("token_hash" text NOT NULL, "account_id" uuid NOT NULL, "purpose" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_password_link_purpose" CHECK ("purpose" IN ('ACCOUNT_CREATED', 'PASSWORD_RESET')), CONSTRAINT "PK_password_link" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "IDX_password_link_account" ON "password_link"  ("account_id") `);
    await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid, "to_address" text NOT NULL, "language" text NOT NULL, "kind" text NOT NULL, "group_key" text, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "claimed_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_mail_outbox_account" ON "mail_outbox"  ("account_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_mail_outbox_due" ON "mail_outbox"  ("next_attempt_at") WHERE "sent_at" IS NULL AND "failed_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "kind" text NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "country_iso3" character(3), "cycle_code" text, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_notification_subject_type" CHECK ("subject_type" IN ('ENTRY', 'PRACTICE', 'PLEDGE', 'ACCOUNT')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_account_unread" ON "notification"  ("account_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_account_created" ON "notification"  ("account_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "account" ADD "language" text NOT NULL DEFAULT 'EN'`);
    await queryRunner.query(`ALTER TABLE "account" ADD "mail_mode" text NOT NULL DEFAULT 'IMMEDIATE'`);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "CHK_account_mail_mode" CHECK ("mail_mode" IN ('IMMEDIATE', 'DAILY_DIGEST', 'NONE'))`);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "CHK_account_language" CHECK ("language" IN ('EN', 'FR', 'ES'))`);
    await queryRunner.query(`ALTER TABLE "password_link" ADD CONSTRAINT "FK_password_link_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD CONSTRAINT "FK_mail_outbox_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_notification_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_notification_account"`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP CONSTRAINT "FK_mail_outbox_account"`);
    await queryRunner.query(`ALTER TABLE "password_link" DROP CONSTRAINT "FK_password_link_account"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "CHK_account_language"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "CHK_account_mail_mode"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "mail_mode"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "language"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_account_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_account_unread"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mail_outbox_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mail_outbox_account"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_password_link_account"`);
    await queryRunner.query(`DROP TABLE "password_link"`);
  }
}
