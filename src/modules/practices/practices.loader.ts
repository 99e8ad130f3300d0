import type { Caller } from '../../common/auth/caller.js';
import type { Language } from '../../common/i18n/language.js';
import { loadPresent, type RequestLoaders } from '../../graphql/loaders.js';
import { type GoodPracticeModel, toGoodPracticeModel } from './models/good-practice.model.js';
import { maySeePractice } from './practices.policy.js';
import { PRACTICE_BY_ID, PRACTICE_BY_PLEDGE } from './practices.service.js';

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
