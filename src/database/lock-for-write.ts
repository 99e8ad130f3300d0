import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { NotFoundError, StaleVersionError } from '../common/errors/domain-error.js';

/** What a write step checks of the row it has locked, in this order. */
export interface WriteChecks<R> {
  /** How the errors name the record: 'Pledge', 'Good practice', 'Progress entry'. */
  what: string;
  /**
   * Whether the caller may know that the record exists. One it may not see (another country's
   * draft) is NOT_FOUND, exactly as a record that does not exist: FORBIDDEN would confirm it.
   * Absent: every caller may.
   */
  visibleTo?: (stored: R) => boolean;
  /** Throws when the write is refused: a caller who may see the record but not change it (FORBIDDEN), a record only the reference data change. */
  assertWritable?: (stored: R) => void;
  /** The version the caller read: another stored version is CONFLICT. Null or absent for steps that overwrite nothing. */
  version?: number | null;
}

/**
 * Checks a row that the transaction has locked for a write: NOT_FOUND (absent, or not to be
 * seen by the caller), then the refusals of `assertWritable`, then a stale version (CONFLICT).
 */
export function checkLockedRow<R extends { version: number }>(stored: R | null | undefined, id: string, checks: WriteChecks<R>): R {
  if (!stored || (checks.visibleTo && !checks.visibleTo(stored))) throw new NotFoundError(checks.what, id);
  checks.assertWritable?.(stored);
  const { version } = checks;
  if (version !== null && version !== undefined && stored.version !== version)
    throw new StaleVersionError(checks.what, id, stored.version, version);
  return stored;
}

/**
 * Locks an entity's row by id for the rest of the transaction (SELECT ... FOR UPDATE: other
 * writers of the same record wait, then see the new version), then checks it
 * (`checkLockedRow`). Features that select their rows in SQL lock them there and call
 * `checkLockedRow` themselves.
 */
export async function lockRowForWrite<E extends ObjectLiteral & { id: string; version: number }>(
  m: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  checks: WriteChecks<E>,
): Promise<E> {
  const stored = await m.findOne(entity, { where: { id } as FindOptionsWhere<E>, lock: { mode: 'pessimistic_write' } });
  return checkLockedRow(stored, id, checks);
}
