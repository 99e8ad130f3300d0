import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
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
import { type GoodPracticeModel, toGoodPracticeModel } from './models/good-practice.model.js';
import { maySeePractice } from './practices.policy.js';
import type { GoodPracticeRow, PracticeReviewRow } from './practices.rows.js';
import { PRACTICE_SELECT } from './practices.service.js';

/*
 * The practices feature's batched lookups: each token beside its batch function, registered
 * at startup by PracticesLoaders; the load* functions below read through them and return what
 * the caller may see.
 */

/** One list per practice id: the rows of `sql` (`$1`: the ids) grouped by practice_id, each mapped. */
const byPractice =
  <R extends { practice_id: string }, V>(db: DataSource, sql: string, map: (r: R) => V): BatchLoad<string, V[]> =>
  async (ids) =>
    groupByKeys(ids, await db.query<R[]>(sql, [[...ids]]), (r) => r.practice_id).map((list) => list.map(map));

/** A practice's objectives, main first. */
export const PRACTICE_OBJECTIVES = new LoaderToken<string, { objective_number: number; is_main: boolean }[]>('practiceObjectives');
const practiceObjectives = (db: DataSource): BatchLoad<string, { objective_number: number; is_main: boolean }[]> =>
  byPractice(
    db,
    'SELECT practice_id, objective_number, is_main FROM good_practice_objective WHERE practice_id = ANY($1) ORDER BY is_main DESC, objective_number',
    (r: { practice_id: string; objective_number: number; is_main: boolean }) => ({
      objective_number: r.objective_number,
      is_main: r.is_main,
    }),
  );

export const PRACTICE_PRINCIPLES = new LoaderToken<string, number[]>('practicePrinciples');
const practicePrinciples = (db: DataSource): BatchLoad<string, number[]> =>
  byPractice(
    db,
    'SELECT practice_id, principle_number FROM good_practice_guiding_principle WHERE practice_id = ANY($1) ORDER BY principle_number',
    (r: { practice_id: string; principle_number: number }) => r.principle_number,
  );

export const PRACTICE_COUNTRIES = new LoaderToken<string, string[]>('practiceCountries');
const practiceCountries = (db: DataSource): BatchLoad<string, string[]> =>
  byPractice(
    db,
    'SELECT practice_id, country_iso3 FROM good_practice_country WHERE practice_id = ANY($1) ORDER BY country_iso3',
    (r: { practice_id: string; country_iso3: string }) => r.country_iso3,
  );

export const PRACTICE_REGIONS = new LoaderToken<string, string[]>('practiceRegions');
const practiceRegions = (db: DataSource): BatchLoad<string, string[]> =>
  byPractice(
    db,
    'SELECT practice_id, region_code FROM good_practice_region WHERE practice_id = ANY($1) ORDER BY region_code',
    (r: { practice_id: string; region_code: string }) => r.region_code,
  );

/** A practice's review steps, oldest first. */
export const PRACTICE_REVIEWS = new LoaderToken<string, PracticeReviewRow[]>('practiceReviews');
const practiceReviews = (db: DataSource): BatchLoad<string, PracticeReviewRow[]> =>
  byPractice(
    db,
    'SELECT practice_id, action, comment, acted_at, acted_by, acted_by_role FROM good_practice_review WHERE practice_id = ANY($1) ORDER BY acted_at, id',
    (r: PracticeReviewRow) => r,
  );

/** Practices by id, as stored (the caller's view is applied by whoever reads them). */
export const PRACTICE_BY_ID = new LoaderToken<string, GoodPracticeRow | null>('practiceById');
const practiceById =
  (db: DataSource): BatchLoad<string, GoodPracticeRow | null> =>
  async (ids) => {
    const rows: GoodPracticeRow[] = await db.query(`SELECT ${PRACTICE_SELECT} FROM good_practice g WHERE g.id = ANY($1::uuid[])`, [
      [...ids],
    ]);
    return oneByKeys(ids, rows, (r) => r.id);
  };

/** The practice drafted from a pledge, by pledge id. */
export const PRACTICE_BY_PLEDGE = new LoaderToken<string, GoodPracticeRow | null>('practiceByPledge');
const practiceByPledge =
  (db: DataSource): BatchLoad<string, GoodPracticeRow | null> =>
  async (pledgeIds) => {
    const rows: GoodPracticeRow[] = await db.query(
      `SELECT ${PRACTICE_SELECT} FROM good_practice g WHERE g.from_pledge_id = ANY($1::uuid[])`,
      [[...pledgeIds]],
    );
    return oneByKeys(pledgeIds, rows, (r) => r.from_pledge_id as string);
  };

/** Registers the feature's batch functions with the singleton registry at startup. */
export const practicesLoaders = loadersProvider('practices', [
  bindLoader(PRACTICE_OBJECTIVES, practiceObjectives),
  bindLoader(PRACTICE_PRINCIPLES, practicePrinciples),
  bindLoader(PRACTICE_COUNTRIES, practiceCountries),
  bindLoader(PRACTICE_REGIONS, practiceRegions),
  bindLoader(PRACTICE_REVIEWS, practiceReviews),
  bindLoader(PRACTICE_BY_ID, practiceById),
  bindLoader(PRACTICE_BY_PLEDGE, practiceByPledge),
]);

/** The good practices of these ids that the caller may see, in the order given. */
export async function loadVisiblePractices(
  loaders: RequestLoaders,
  caller: Caller,
  ids: readonly string[],
  lang: Language,
): Promise<GoodPracticeModel[]> {
  const rows = await loadPresent(loaders.get(PRACTICE_BY_ID), ids);
  return rows.filter((g) => maySeePractice(caller, g)).map((g) => toGoodPracticeModel(g, lang));
}

/** The good practice drafted from a pledge, if the caller may see it. */
export async function loadVisiblePracticeOfPledge(
  loaders: RequestLoaders,
  caller: Caller,
  pledgeId: string,
  lang: Language,
): Promise<GoodPracticeModel | null> {
  const row = await loaders.get(PRACTICE_BY_PLEDGE).load(pledgeId);
  return row && maySeePractice(caller, row) ? toGoodPracticeModel(row, lang) : null;
}
