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
import { type PledgeModel, toPledgeModel } from './models/pledge.model.js';
import { type PledgeUpdateModel } from './models/pledge-update.model.js';
import type { PledgeParticipant } from './pledge-content.js';
import type { PledgingEntityKind } from './pledge.enums.js';
import { seesPledgeRecorders } from './pledges.policy.js';
import type { PledgeRow, PledgeUpdateRow } from './pledges.rows.js';
import { PLEDGE_FROM, PLEDGE_SELECT } from './pledges.service.js';

/*
 * The pledges feature's batched lookups: each token beside its batch function, registered at
 * startup by PledgesLoaders; the load* functions below read through them.
 */

export const PLEDGE_BY_ID = new LoaderToken<string, PledgeRow | null>('pledgeById');
const pledgeById =
  (db: DataSource): BatchLoad<string, PledgeRow | null> =>
  async (ids) =>
    oneByKeys(
      ids,
      await db.query<PledgeRow[]>(`SELECT ${PLEDGE_SELECT} FROM ${PLEDGE_FROM} WHERE p.id = ANY($1::uuid[])`, [[...ids]]),
      (r) => r.id,
    );

/** A pledge's objectives, main first. */
export const PLEDGE_OBJECTIVES = new LoaderToken<string, { objective_number: number; is_main: boolean }[]>('pledgeObjectives');
const pledgeObjectives =
  (db: DataSource): BatchLoad<string, { objective_number: number; is_main: boolean }[]> =>
  async (ids) => {
    const rows: { pledge_id: string; objective_number: number; is_main: boolean }[] = await db.query(
      'SELECT pledge_id, objective_number, is_main FROM pledge_objective WHERE pledge_id = ANY($1) ORDER BY is_main DESC, objective_number',
      [[...ids]],
    );
    return groupByKeys(ids, rows, (r) => r.pledge_id);
  };

export const PLEDGE_PRINCIPLES = new LoaderToken<string, number[]>('pledgePrinciples');
const pledgePrinciples =
  (db: DataSource): BatchLoad<string, number[]> =>
  async (ids) => {
    const rows: { pledge_id: string; principle_number: number }[] = await db.query(
      'SELECT pledge_id, principle_number FROM pledge_guiding_principle WHERE pledge_id = ANY($1) ORDER BY principle_number',
      [[...ids]],
    );
    return groupByKeys(ids, rows, (r) => r.pledge_id).map((list) => list.map((r) => r.principle_number));
  };

export const PLEDGE_COUNTRIES = new LoaderToken<string, string[]>('pledgeImplementationCountries');
const pledgeCountries =
  (db: DataSource): BatchLoad<string, string[]> =>
  async (ids) => {
    const rows: { pledge_id: string; country_iso3: string }[] = await db.query(
      'SELECT pledge_id, country_iso3 FROM pledge_implementation_country WHERE pledge_id = ANY($1) ORDER BY country_iso3',
      [[...ids]],
    );
    return groupByKeys(ids, rows, (r) => r.pledge_id).map((list) => list.map((r) => r.country_iso3));
  };

export const PLEDGE_PARTICIPANTS = new LoaderToken<string, PledgeParticipant[]>('pledgeParticipants');
const pledgeParticipants =
  (db: DataSource): BatchLoad<string, PledgeParticipant[]> =>
  async (ids) => {
    const rows: { pledge_id: string; name: string; kind: PledgingEntityKind; country_iso3: string | null }[] = await db.query(
      'SELECT pledge_id, name, kind, country_iso3 FROM pledge_participant WHERE pledge_id = ANY($1) ORDER BY position',
      [[...ids]],
    );
    return groupByKeys(ids, rows, (r) => r.pledge_id).map((list) =>
      list.map((r) => ({ name: r.name, kind: r.kind, countryIso3: r.country_iso3 })),
    );
  };

/** A pledge's dated updates, oldest first. */
export const PLEDGE_UPDATES = new LoaderToken<string, PledgeUpdateRow[]>('pledgeUpdates');
const pledgeUpdates =
  (db: DataSource): BatchLoad<string, PledgeUpdateRow[]> =>
  async (ids) => {
    const rows: PledgeUpdateRow[] = await db.query(
      `SELECT id, pledge_id, status, previous_status, occurred_on::text AS occurred_on, narrative, evidence_links, recorded_at, recorded_by
           FROM pledge_update WHERE pledge_id = ANY($1) ORDER BY occurred_on, recorded_at, id`,
      [[...ids]],
    );
    return groupByKeys(ids, rows, (r) => r.pledge_id);
  };

/** Registers the feature's batch functions with the singleton registry at startup. */
export const pledgesLoaders = loadersProvider('pledges', [
  bindLoader(PLEDGE_BY_ID, pledgeById),
  bindLoader(PLEDGE_OBJECTIVES, pledgeObjectives),
  bindLoader(PLEDGE_PRINCIPLES, pledgePrinciples),
  bindLoader(PLEDGE_COUNTRIES, pledgeCountries),
  bindLoader(PLEDGE_PARTICIPANTS, pledgeParticipants),
  bindLoader(PLEDGE_UPDATES, pledgeUpdates),
]);

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
