/** The parts of reference/gcm-reference.json that the server loads. */
export interface Localized<T> {
  en: T;
  fr: T;
  es: T;
}

export interface ReferenceObjective {
  number: number;
  title: Localized<string | null>;
  titleConfirmed: Localized<boolean>;
  shortTitle: Localized<string | null>;
  compactParagraph: number;
  imrf2022RoundTable: number | null;
  sources: Localized<string[]>;
}

export interface ReferenceGuidingPrinciple {
  order: number;
  letter: string;
  compactParagraph: string;
  name: Localized<string | null>;
  confirmed: boolean;
  note?: string;
  sources: string[];
}

export interface ReferenceRoundTable {
  number: number;
  label: string;
  thematicLabel?: string | null;
  objectives: number[];
  confirmed: boolean;
  labelNote?: string;
  sources: string[];
}

export interface ReferenceRegionalCommission {
  code: string;
  name: string;
  memberIso3: string[];
  nonRegionalIso3?: string[];
  complete: boolean;
  note?: string;
  basis?: string;
  unconfirmedAdditionalMember?: { iso3: string; name: string; confirmed: boolean; note: string };
  sources: string[];
}

export interface ReferenceChampion {
  name: string;
  iso3: string;
  joined: number | string | null;
  confirmed: boolean;
  note?: string;
  sources: string[];
}

export interface ReferenceReviewEvent {
  name: string;
  kind: 'IMRF' | 'REGIONAL';
  region?: string;
  round?: number;
  start: string;
  end: string;
  location: string | null;
  confirmed: boolean;
  note?: string;
  sources: string[];
}

export interface GcmReferenceFile {
  objectives: ReferenceObjective[];
  guidingPrinciples: ReferenceGuidingPrinciple[];
  imrf2022RoundTables: ReferenceRoundTable[];
  regionalCommissions: ReferenceRegionalCommission[];
  championCountries: ReferenceChampion[];
  reviewEvents: ReferenceReviewEvent[];
  milestones: ReferenceMilestone[];
}

export interface RegionNamesFile {
  review: { code: string; nameEn: string; nameFr: string | null; nameEs: string | null; extraNote?: string }[];
  geographic: { code: string; m49Code: string; nameEn: string; nameFr: string; nameEs: string }[];
  geographicSources: string[];
}

export interface ReviewCyclesFile {
  reportingWindow: { opensDaysBeforeStart: number; closesDaysBeforeStart: number };
}

/** A milestone of gcm-reference.json: a date given as `date` (YYYY-MM-DD, or YYYY-MM-DD/DD for several days) or `start` and `end`. */
export interface ReferenceMilestone {
  name: string;
  date?: string;
  start?: string;
  end?: string;
  location?: string;
  confirmed?: boolean;
  note?: string;
  organisers?: string[];
  countries?: string[];
  objectives?: number[];
  sources?: string[];
  source?: string;
}

/** reference/events.json: how each milestone is filed as an event on the GCM calendar. */
export interface EventFilingFile {
  events: {
    milestone: string;
    key: string;
    kind: string;
    hostCountry?: string;
    attendance?: string;
    place?: string;
    summary?: string;
    organiserKinds?: Record<string, string>;
    cycles?: { code: string; relation: string }[];
    participation?: { country: string; role: string }[];
    counted?: { participants: number; outOf?: number; group: string };
    sourceLabel?: string;
    basis: string;
  }[];
}
