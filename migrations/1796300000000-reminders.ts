import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar reminders: the keys of the reminders sent, and notifications about a country's
 * report (`<cycle>:<ISO3>`, not a uuid). Forgot password: links asked for by the person.
 */
export class Reminders1796300000000 implements MigrationInterface {
  name = 'Reminders1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sent_reminder" ("key" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_sent_reminder" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "subject_id" TYPE text`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "CHK_notification_subject_type"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "CHK_notification_subject_type" CHECK ("subject_type" IN ('ENTRY', 'PRACTICE', 'PLEDGE', 'ACCOUNT', 'REPORT'))`,
    );
    await queryRunner.query(`ALTER TABLE "password_link" DROP CONSTRAINT "CHK_password_link_purpose"`);
    await queryRunner.query(
      `ALTER TABLE "password_link" ADD CONSTRAINT "CHK_password_link_purpose" CHECK ("purpose" IN ('ACCOUNT_CREATED', 'PASSWORD_RESET', 'PASSWORD_RESET_REQUESTED'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "password_link" WHERE "purpose" = 'PASSWORD_RESET_REQUESTED'`);
    await queryRunner.query(`ALTER TABLE "password_link" DROP CONSTRAINT "CHK_password_link_purpose"`);
    await queryRunner.query(
      `ALTER TABLE "password_link" ADD CONSTRAINT "CHK_password_link_purpose" CHECK ("purpose" IN ('ACCOUNT_CREATED', 'PASSWORD_RESET'))`,
    );
    await queryRunner.query(`DELETE FROM "notification" WHERE "subject_type" = 'REPORT'`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "CHK_notification_subject_type"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "CHK_notification_subject_type" CHECK ("subject_type" IN ('ENTRY', 'PRACTICE', 'PLEDGE', 'ACCOUNT'))`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "subject_id" TYPE uuid USING "subject_id"::uuid`);
    await queryRunner.query(`DROP TABLE "sent_reminder"`);
  }
}
