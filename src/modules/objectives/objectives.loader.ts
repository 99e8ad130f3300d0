import { type DataSource, In } from 'typeorm';
import type { Language } from '../../common/i18n/language.js';
import {
  type BatchLoad,
  bindLoader,
  groupByKeys,
  loadersProvider,
  LoaderToken,
  loadPresent,
  oneByKeys,
  type RequestLoaders,
} from '../../graphql/loaders.js';
import { ImrfRoundTableEntity } from './imrf-round-table.entity.js';
import { type ObjectiveModel, toObjectiveModel } from './models/objective.model.js';
import type { ServedObjectiveModel } from './models/served-objective.model.js';
import { ObjectiveEntity } from './objective.entity.js';

/*
 * The objectives feature's batched lookups: each token beside its batch function, registered at
 * startup by objectivesLoaders; the load* functions below read through them.
 */

/** The objectives of each IMRF round table, by round-table number, in objective order. */
export const OBJECTIVES_BY_ROUND_TABLE = new LoaderToken<number, ObjectiveEntity[]>('objectivesByRoundTable');
const objectivesByRoundTable =
  (db: DataSource): BatchLoad<number, ObjectiveEntity[]> =>
  async (numbers) =>
    groupByKeys(
      numbers,
      await db.getRepository(ObjectiveEntity).find({ where: { imrfRoundTableNumber: In([...numbers]) }, order: { number: 'ASC' } }),
      (o) => o.imrfRoundTableNumber as number,
    );

export const ROUND_TABLE_BY_NUMBER = new LoaderToken<number, ImrfRoundTableEntity | null>('roundTableByNumber');
const roundTableByNumber =
  (db: DataSource): BatchLoad<number, ImrfRoundTableEntity | null> =>
  async (numbers) =>
    oneByKeys(numbers, await db.getRepository(ImrfRoundTableEntity).findBy({ number: In([...numbers]) }), (rt) => rt.number);

export const OBJECTIVE_BY_NUMBER = new LoaderToken<number, ObjectiveEntity | null>('objectiveByNumber');
const objectiveByNumber = (db: DataSource): BatchLoad<number, ObjectiveEntity | null> => {
  const objectives = referenceObjectives(db);
  return async (numbers) => {
    const byNumber = await objectives.byNumber();
    return numbers.map((n) => byNumber.get(n) ?? null);
  };
};

/**
 * The 23 objectives and the IMRF round tables are reference data: written when the server
 * starts (the migration step syncs them from reference/), never by a request. Each process
 * reads them once, on first use, and serves them from memory; a failed read is tried again.
 */
class ReferenceObjectives {
  private objectives: Promise<ObjectiveEntity[]> | null = null;
  private map: Promise<Map<number, ObjectiveEntity>> | null = null;

  constructor(private readonly db: DataSource) {}

  all(): Promise<ObjectiveEntity[]> {
    if (!this.objectives) {
      const read = this.db.getRepository(ObjectiveEntity).find({ order: { number: 'ASC' } });
      read.catch(() => {
        if (this.objectives === read) this.objectives = this.map = null;
      });
      this.objectives = read;
    }
    return this.objectives;
  }

  byNumber(): Promise<Map<number, ObjectiveEntity>> {
    this.map ??= this.all().then((list) => new Map(list.map((o) => [o.number, o])));
    return this.map;
  }
}

const reference = new WeakMap<DataSource, ReferenceObjectives>();

/** The process's reference objectives for this database. */
export function referenceObjectives(db: DataSource): ReferenceObjectives {
  let r = reference.get(db);
  if (!r) {
    r = new ReferenceObjectives(db);
    reference.set(db, r);
  }
  return r;
}

export const objectivesLoaders = loadersProvider('objectives', [
  bindLoader(OBJECTIVES_BY_ROUND_TABLE, objectivesByRoundTable),
  bindLoader(ROUND_TABLE_BY_NUMBER, roundTableByNumber),
  bindLoader(OBJECTIVE_BY_NUMBER, objectiveByNumber),
]);

/** Objectives by number through the request's loader (one statement per request). */
export async function loadObjectives(loaders: RequestLoaders, numbers: readonly number[], lang: Language): Promise<ObjectiveModel[]> {
  return (await loadPresent(loaders.get(OBJECTIVE_BY_NUMBER), numbers)).map((o) => toObjectiveModel(o, lang));
}

/** The objectives a pledge or practice serves, main first. */
export async function loadServedObjectives(
  loaders: RequestLoaders,
  links: readonly { objective_number: number; is_main: boolean }[],
  lang: Language,
): Promise<ServedObjectiveModel[]> {
  const objectives = await loadObjectives(
    loaders,
    links.map((l) => l.objective_number),
    lang,
  );
  const isMain = new Map(links.map((l) => [l.objective_number, l.is_main]));
  return objectives.map((objective) => ({ objective, isMain: isMain.get(objective.number) ?? false }));
}
