import { type DataSource, In } from 'typeorm';
import { type BatchLoad, bindLoader, loadersProvider, LoaderToken, oneByKeys, type RequestLoaders } from '../../graphql/loaders.js';
import { type ReviewCycleModel, toReviewCycleModel } from './models/review-cycle.model.js';
import { ReviewCycleEntity } from './review-cycle.entity.js';

/* The review cycles' batched lookup, beside its batch function, registered at startup by reviewCyclesLoaders. */

export const REVIEW_CYCLE_BY_CODE = new LoaderToken<string, ReviewCycleEntity | null>('reviewCycleByCode');
const reviewCycleByCode =
  (db: DataSource): BatchLoad<string, ReviewCycleEntity | null> =>
  async (codes) =>
    oneByKeys(codes, await db.getRepository(ReviewCycleEntity).findBy({ code: In([...codes]) }), (c) => c.code);

export const reviewCyclesLoaders = loadersProvider('reviewCycles', [bindLoader(REVIEW_CYCLE_BY_CODE, reviewCycleByCode)]);

/** A review cycle by code through the request's loader. */
export async function loadReviewCycle(loaders: RequestLoaders, code: string | null): Promise<ReviewCycleModel | null> {
  if (!code) return null;
  const cycle = await loaders.get(REVIEW_CYCLE_BY_CODE).load(code);
  return cycle ? toReviewCycleModel(cycle) : null;
}
