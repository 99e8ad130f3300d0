import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts per client address, counted in the database (one row per address and
 * minute window, updated by one atomic upsert), so the limit holds across restarts and across
 * every server process on the same database, on PostgreSQL and the embedded database alike.
 */
export class SignInAttemptsPerAddress1796183377327 implements MigrationInterface {
  name = 'SignInAttemptsPerAddress1796183377327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_address" ("address" text NOT NULL, "window_started_at" timestamptz NOT NULL, "attempts" integer NOT NULL, CONSTRAINT "PK_sign_in_address" PRIMARY KEY ("address"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_address_window" ON "sign_in_address" ("window_started_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_address"`);
  }
}
