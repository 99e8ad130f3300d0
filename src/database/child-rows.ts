import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

/** The rows of one child table that belong to one owner (a pledge's objectives, a practice's countries). */
export interface ChildRows<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  rows: QueryDeepPartialEntity<E>[];
}

/**
 * Writes an owner's lists, one child table each, inside the caller's transaction: the stored
 * rows of each table are deleted first unless the owner is new, then the given rows inserted
 * (an empty list inserts nothing).
 */
export async function writeChildRows<W extends ObjectLiteral>(
  m: EntityManager,
  owner: W,
  lists: readonly ChildRows<ObjectLiteral>[],
  options: { ownerIsNew: boolean },
): Promise<void> {
  for (const { entity, rows } of lists) {
    if (!options.ownerIsNew) await m.delete(entity, owner);
    if (rows.length) await m.insert(entity, rows);
  }
}

/** One child table's rows, typed by its entity. */
export const childRows = <E extends ObjectLiteral>(
  entity: EntityTarget<E>,
  rows: QueryDeepPartialEntity<E>[],
): ChildRows<ObjectLiteral> => ({ entity, rows });
