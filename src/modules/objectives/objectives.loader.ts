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
const objectiveByNumber =
  (db: DataSource): BatchLoad<number, ObjectiveEntity | null> =>
  async (numbers) =>
    oneByKeys(numbers, await db.getRepository(ObjectiveEntity).findBy({ number: In([...numbers]) }), (o) => o.number);

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
