import type { Language } from '../../common/i18n/language.js';
import { loadPresent, type RequestLoaders } from '../../graphql/loaders.js';
import { type PledgeModel, toPledgeModel } from './models/pledge.model.js';
import { PLEDGE_BY_ID } from './pledges.service.js';

/** Pledges by id through the request's loader, in the order given (pledges are public). */
export async function loadPledges(loaders: RequestLoaders, ids: readonly string[], lang: Language): Promise<PledgeModel[]> {
  return (await loadPresent(loaders.get(PLEDGE_BY_ID), ids)).map((p) => toPledgeModel(p, lang));
}

export async function loadPledge(loaders: RequestLoaders, id: string | null, lang: Language): Promise<PledgeModel | null> {
  if (!id) return null;
  const row = await loaders.get(PLEDGE_BY_ID).load(id);
  return row ? toPledgeModel(row, lang) : null;
}
