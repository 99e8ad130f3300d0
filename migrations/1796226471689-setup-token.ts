import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first account without a command line: while no account exists, the server prints a
 * one-time setup link at start; this table keeps the SHA-256 of its token (never the token).
 */
export class SetupToken1796226471689 implements MigrationInterface {
  name = 'SetupToken1796226471689';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "setup_token" ("token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_setup_token" PRIMARY KEY ("token_hash"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "setup_token"`);
  }
}
