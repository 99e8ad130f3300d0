import { createHash } from 'node:crypto';
import { isCalendarDate } from '../../common/validation/fields.js';
import {
  CountedGroup,
  EventAttendance,
  EventCycleRelation,
  EventKind,
  OrganiserKind,
  ParticipationRole,
} from '../../modules/events/event.enums.js';
import type { EventFilingFile, ReferenceMilestone } from './reference-file.types.js';

/** Rows of the event tables that the reference files own. */
export interface EventReferenceRows {
  event: Record<string, unknown>[];
  event_organiser: Record<string, unknown>[];
  event_objective: Record<string, unknown>[];
  event_review_cycle: Record<string, unknown>[];
  event_participation: Record<string, unknown>[];
}

export class EventReferenceError extends Error {
  constructor(message: string) {
    super(`Reference data: ${message}`);
    this.name = 'ReferenceDataError';
  }
}

/**
 * The id of a reference event, derived from its key (a name-based UUID, RFC 9562 version 5
 * layout): the same on every database and every start, so participation recorded on it stays
 * attached when the reference data are loaded again.
 */
export function referenceEventId(key: string): string {
  const digest = createHash('sha1').update(`gcm-tracker:event:${key}`).digest('hex');
  const variant = ((parseInt(digest.charAt(16), 16) & 0x3) | 0x8).toString(16);
  const s = `${digest.slice(0, 12)}5${digest.slice(13, 16)}${variant}${digest.slice(17, 32)}`;
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A milestone's first and last day: `start`/`end`, or `date` as YYYY-MM-DD or YYYY-MM-DD/DD. Strict: the days must exist. */
export function milestoneDates(m: ReferenceMilestone): { start: string; end: string } {
  let start: string | undefined;
  let end: string | undefined;
  if (m.start !== undefined || m.end !== undefined) {
    start = m.start;
    end = m.end ?? m.start;
  } else if (m.date !== undefined) {
    const range = /^(\d{4}-\d{2})-(\d{2})\/(\d{2})$/.exec(m.date);
    if (range) {
      start = `${range[1]}-${range[2]}`;
      end = `${range[1]}-${range[3]}`;
    } else {
      start = m.date;
      end = m.date;
    }
  }
  if (!start || !end || !isCalendarDate(start) || !isCalendarDate(end)) {
    throw new EventReferenceError(`milestone "${m.name}" has no valid date (${m.date ?? `${m.start ?? ''}..${m.end ?? ''}`})`);
  }
  if (end < start) throw new EventReferenceError(`milestone "${m.name}" ends (${end}) before it starts (${start})`);
  return { start, end };
}

const oneOf = <T extends string>(values: Record<string, T>, value: string | undefined, what: string): T => {
  if (value === undefined || !(Object.values(values) as string[]).includes(value))
    throw new EventReferenceError(`${what}: unknown value ${String(value)}`);
  return value as T;
};

/**
 * The reference file's milestones as events, filed as reference/events.json says. Every
 * milestone must be filed, and the filing may only classify what the milestone lists (the
 * same countries, the same organisers). Missing `confirmed: true` means unconfirmed.
 */
export function buildEventRows(
  milestones: readonly ReferenceMilestone[],
  filing: EventFilingFile,
  known: { cycles: ReadonlySet<string>; countries: ReadonlySet<string> },
): EventReferenceRows {
  const rows: EventReferenceRows = { event: [], event_organiser: [], event_objective: [], event_review_cycle: [], event_participation: [] };
  const byName = new Map(filing.events.map((f) => [f.milestone, f]));
  if (byName.size !== filing.events.length) throw new EventReferenceError('events.json files a milestone twice');
  const keys = new Set(filing.events.map((f) => f.key));
  if (keys.size !== filing.events.length) throw new EventReferenceError('events.json gives two events the same key');
  const names = new Set(milestones.map((m) => m.name));
  for (const f of filing.events)
    if (!names.has(f.milestone)) throw new EventReferenceError(`events.json files an unknown milestone "${f.milestone}"`);

  for (const m of milestones) {
    const f = byName.get(m.name);
    if (!f) throw new EventReferenceError(`milestone "${m.name}" is not filed in events.json`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f.key))
      throw new EventReferenceError(`event key "${f.key}" must be lower-case words joined by hyphens`);
    const id = referenceEventId(f.key);
    const { start, end } = milestoneDates(m);
    const attendance = f.attendance === undefined ? null : oneOf(EventAttendance, f.attendance, `event ${f.key} attendance`);
    const location = m.location?.trim() || null;
    const place = attendance === EventAttendance.VIRTUAL ? null : (f.place ?? location);
    const host = f.hostCountry ?? null;
    if (host !== null && !known.countries.has(host)) throw new EventReferenceError(`event ${f.key}: unknown host country ${host}`);
    if (host !== null && attendance === EventAttendance.VIRTUAL)
      throw new EventReferenceError(`event ${f.key}: a virtual event has no host country`);
    const sources = m.sources ?? (m.source ? [f.sourceLabel ? `${f.sourceLabel} (${m.source})` : m.source] : []);
    if (sources.length === 0) throw new EventReferenceError(`milestone "${m.name}" has no source`);
    const counted = f.counted ?? null;
    if (
      counted &&
      (!Number.isInteger(counted.participants) ||
        counted.participants < 0 ||
        (counted.outOf !== undefined && counted.outOf < counted.participants))
    ) {
      throw new EventReferenceError(`event ${f.key}: the counted participation is not consistent`);
    }
    rows.event.push({
      id,
      reference_key: f.key,
      kind: oneOf(EventKind, f.kind, `event ${f.key} kind`),
      title_en: m.name,
      title_fr: null,
      title_es: null,
      start_date: start,
      end_date: end,
      attendance,
      place,
      host_country_iso3: host,
      summary: f.summary ?? null,
      note: [m.note, `Filed as: ${f.basis}`].filter(Boolean).join(' '),
      outcome_links: [],
      sources,
      confirmed: m.confirmed === true,
      counted_participants: counted?.participants ?? null,
      counted_out_of: counted?.outOf ?? null,
      counted_group: counted ? oneOf(CountedGroup, counted.group, `event ${f.key} counted group`) : null,
      version: 1,
    });

    const organisers = m.organisers ?? [];
    const kinds = f.organiserKinds ?? {};
    if (Object.keys(kinds).sort().join() !== [...organisers].sort().join()) {
      throw new EventReferenceError(`event ${f.key}: organiserKinds must classify exactly the milestone's organisers`);
    }
    organisers.forEach((name, i) => {
      const kind = oneOf(OrganiserKind, kinds[name], `event ${f.key} organiser ${name}`);
      if (kind === OrganiserKind.GOVERNMENT) throw new EventReferenceError(`event ${f.key}: a government organiser needs its country`);
      rows.event_organiser.push({ event_id: id, position: i + 1, kind, name, country_iso3: null });
    });

    for (const n of m.objectives ?? []) {
      if (!Number.isInteger(n) || n < 1 || n > 23) throw new EventReferenceError(`event ${f.key}: no objective ${n}`);
      rows.event_objective.push({ event_id: id, objective_number: n });
    }

    for (const c of f.cycles ?? []) {
      if (!known.cycles.has(c.code)) throw new EventReferenceError(`event ${f.key}: unknown review cycle ${c.code}`);
      rows.event_review_cycle.push({
        event_id: id,
        cycle_code: c.code,
        relation: oneOf(EventCycleRelation, c.relation, `event ${f.key} cycle`),
      });
    }

    const participation = f.participation ?? [];
    const listed = [...(m.countries ?? [])].sort().join();
    if (
      participation
        .map((p) => p.country)
        .sort()
        .join() !== listed
    ) {
      throw new EventReferenceError(
        `event ${f.key}: participation must give a role to exactly the milestone's countries (${listed || 'none'})`,
      );
    }
    for (const p of participation) {
      if (!known.countries.has(p.country)) throw new EventReferenceError(`event ${f.key}: unknown country ${p.country}`);
      rows.event_participation.push({
        event_id: id,
        country_iso3: p.country,
        role: oneOf(ParticipationRole, p.role, `event ${f.key} role`),
        from_reference: true,
        recorded_by: 'reference data',
      });
    }
  }
  return rows;
}
