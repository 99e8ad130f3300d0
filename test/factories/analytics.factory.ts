import type { TestApp } from '../helpers/test-app.js';

export type EntryState = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'VALIDATED';

/** One progress entry written straight to the tables, for aggregate tests that need exact data fast. */
export interface SeedEntry {
  country: string;
  cycle: string;
  objective: number;
  state: EntryState;
  reported: number;
  /** VALIDATED only (default: the reported level). */
  validated?: number;
}

/**
 * Inserts reports and entries in one statement per call. The workflow itself is tested in
 * progress.e2e-spec.ts; here only the rows matter, so the aggregates can be checked against
 * numbers worked out by hand.
 */
export async function seedEntries(t: TestApp, entries: SeedEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await t.dataSource.query(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[], $6::int[]) AS i(country, cycle, objective, state, reported, validated)
     ),
     reports AS (
       INSERT INTO progress_report (country_iso3, cycle_code)
       SELECT DISTINCT country, cycle FROM input
       ON CONFLICT (country_iso3, cycle_code) DO UPDATE SET updated_at = progress_report.updated_at
       RETURNING id, country_iso3, cycle_code
     )
     INSERT INTO progress_entry (report_id, objective_number, state, reported_level, narrative, validated_level, validation_justification, validated_at, submitted_at, version)
     SELECT r.id, i.objective, i.state, i.reported, 'Seeded for an aggregate test.',
            CASE WHEN i.state = 'VALIDATED' THEN i.validated END,
            CASE WHEN i.state = 'VALIDATED' AND i.validated <> i.reported THEN 'Seeded with another level.' END,
            CASE WHEN i.state = 'VALIDATED' THEN now() END,
            CASE WHEN i.state <> 'DRAFT' THEN now() END,
            1
       FROM input i JOIN reports r ON r.country_iso3 = i.country AND r.cycle_code = i.cycle`,
    [
      entries.map((e) => e.country),
      entries.map((e) => e.cycle),
      entries.map((e) => e.objective),
      entries.map((e) => e.state),
      entries.map((e) => e.reported),
      entries.map((e) => (e.state === 'VALIDATED' ? (e.validated ?? e.reported) : null)),
    ],
  );
}
