import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The one-time setup link's token while no account exists: only its SHA-256 is kept, so the
 * database never holds a usable link. At most one row; removed when the first account is made.
 */
@Entity({ name: 'setup_token' })
export class SetupTokenEntity {
  /** Hex SHA-256 of the token printed at start. */
  @PrimaryColumn({ name: 'token_hash', type: 'text', primaryKeyConstraintName: 'PK_setup_token' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
