import type { Caller } from '../../common/auth/caller.js';
import type { Language } from '../../common/i18n/language.js';
import { loadPresent, type RequestLoaders } from '../../graphql/loaders.js';
import { type PledgeModel, type PledgeUpdateModel, toPledgeModel } from './models/pledge.model.js';
import { seesPledgeRecorders } from './pledges.policy.js';
import { PLEDGE_BY_ID, PLEDGE_UPDATES } from './pledges.service.js';

/** Pledges by id through the request's loader, in the order given (pledges are public). */
export async function loadPledges(loaders: RequestLoaders, ids: readonly string[], lang: Language): Promise<PledgeModel[]> {
  return (await loadPresent(loaders.get(PLEDGE_BY_ID), ids)).map((p) => toPledgeModel(p, lang));
}

export async function loadPledge(loaders: RequestLoaders, id: string | null, lang: Language): Promise<PledgeModel | null> {
  if (!id) return null;
  const row = await loaders.get(PLEDGE_BY_ID).load(id);
  return row ? toPledgeModel(row, lang) : null;
}

/** A pledge's dated updates, oldest first; who recorded each is redacted for callers who may not see it. */
export async function loadPledgeUpdates(loaders: RequestLoaders, caller: Caller, pledge: PledgeModel): Promise<PledgeUpdateModel[]> {
  const seesRecorders = seesPledgeRecorders(caller, pledge.pledgingEntity);
  return (await loaders.get(PLEDGE_UPDATES).load(pledge.id)).map((u) => ({
    id: u.id,
    status: u.status,
    previousStatus: u.previous_status,
    date: u.occurred_on,
    narrative: u.narrative,
    evidenceLinks: u.evidence_links,
    recordedAt: u.recorded_at,
    recordedBy: seesRecorders ? u.recorded_by : null,
  }));
}
