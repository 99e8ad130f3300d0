import { type RequestLoaders } from '../../graphql/loaders.js';
import { type ReviewCycleModel, toReviewCycleModel } from './models/review-cycle.model.js';
import { REVIEW_CYCLE_BY_CODE } from './review-cycles.service.js';

/** A review cycle by code through the request's loader. */
export async function loadReviewCycle(loaders: RequestLoaders, code: string | null): Promise<ReviewCycleModel | null> {
  if (!code) return null;
  const cycle = await loaders.get(REVIEW_CYCLE_BY_CODE).load(code);
  return cycle ? toReviewCycleModel(cycle) : null;
}
