/**
 * The aggregate statements. Each is one SQL statement: counts with FILTER, GROUP BY, and
 * json_agg for nested lists, so PostgreSQL does the arithmetic and Node only maps rows.
 *
 * Conventions shared by all of them:
 * - Members of a region are its REGIONAL members (region_membership.kind), so a country
 *   in two review regions (Morocco: ECA and ESCWA) counts in both regions, and once in
 *   the world total (the '*' scope, built from DISTINCT countries).
 * - A counted entry is a VALIDATED entry at its validated level; with includeSubmitted, a
 *   SUBMITTED entry also counts, at its reported level (callers flag such figures).
 * - Levels are scores 0 (NOT_STARTED) to 3 (COMPLETE); means are plain averages of scores.
 */

/**
 * The level an entry \`e\` counts at: a VALIDATED entry its validated level; with
 * includeSubmitted (the boolean parameter named), a SUBMITTED entry its reported level;
 * otherwise null (not counted).
 */
const countedLevelSql = (includeSubmitted: string): string =>
  `CASE WHEN e.state = 'VALIDATED' THEN e.validated_level WHEN ${includeSubmitted}::boolean AND e.state = 'SUBMITTED' THEN e.reported_level END`;

/** World scope key in the scope CTEs (never a region code, which is upper-case letters). */
export const WORLD = '*';

/** $1 scheme, $2 championOnly: (scope, country, champion) for every region of the scheme, and the world. */
const SCOPES = `
  regions AS (SELECT code FROM region WHERE scheme = $1),
  members AS (
    SELECT m.region_code, m.country_iso3, (ch.country_iso3 IS NOT NULL) AS is_champion
      FROM region_membership m
      JOIN regions r ON r.code = m.region_code
      LEFT JOIN champion_country ch ON ch.country_iso3 = m.country_iso3
     WHERE m.kind = 'REGIONAL' AND (NOT $2::boolean OR ch.country_iso3 IS NOT NULL)
  ),
  scopes AS (
    SELECT region_code AS scope, country_iso3, is_champion FROM members
    UNION ALL
    SELECT DISTINCT '${WORLD}', country_iso3, is_champion FROM members
  )`;

/** $3 cycle, $4 objective (or null), $5 includeSubmitted: the entries of the cycle, with the level they count at (null: not counted). */
const ENTRIES = `
  entries AS (
    SELECT r.country_iso3, e.objective_number, e.state,
           ${countedLevelSql('$5')} AS level
      FROM progress_entry e
      JOIN progress_report r ON r.id = e.report_id
     WHERE r.cycle_code = $3 AND ($4::int IS NULL OR e.objective_number = $4::int)
  )`;

const DISTRIBUTION = (level: string): string => `json_build_object(
      'notStarted', count(*) FILTER (WHERE ${level} = 0), 'limited', count(*) FILTER (WHERE ${level} = 1),
      'substantial', count(*) FILTER (WHERE ${level} = 2), 'complete', count(*) FILTER (WHERE ${level} = 3))`;

/**
 * regionalProgress. Parameters: $1 scheme, $2 championOnly, $3 cycle, $4 objective, $5 includeSubmitted.
 * One row per region of the scheme and one for the world ('*'), with nested per-objective figures.
 * Pledges are those of the scope's member states (any cycle, current status); practices are
 * PUBLISHED ones implemented in a member country or covering the region (the world adds GLOBAL ones).
 */
export const REGIONAL_PROGRESS_SQL = `
WITH ${SCOPES},
  ${ENTRIES},
  scope_entries AS (
    SELECT s.scope, s.country_iso3, e.objective_number, e.state, e.level
      FROM scopes s JOIN entries e ON e.country_iso3 = s.country_iso3
  ),
  country_stats AS (
    SELECT scope, count(*)::int AS countries, count(*) FILTER (WHERE is_champion)::int AS champions
      FROM scopes GROUP BY scope
  ),
  entry_stats AS (
    SELECT scope,
           count(DISTINCT country_iso3) FILTER (WHERE level IS NOT NULL)::int AS reporting_countries,
           count(*) FILTER (WHERE state = 'DRAFT')::int AS draft,
           count(*) FILTER (WHERE state = 'SUBMITTED')::int AS submitted,
           count(*) FILTER (WHERE state = 'RETURNED')::int AS returned,
           count(*) FILTER (WHERE state = 'VALIDATED')::int AS validated,
           count(*) FILTER (WHERE level IS NOT NULL AND state <> 'VALIDATED')::int AS unvalidated_counted,
           count(level)::int AS counted,
           ${DISTRIBUTION('level')} AS distribution,
           round(avg(level), 2)::float8 AS mean_level
      FROM scope_entries GROUP BY scope
  ),
  objective_stats AS (
    SELECT scope, json_agg(json_build_object('objective', objective_number, 'counted', counted, 'meanLevel', mean_level, 'distribution', distribution)
                           ORDER BY objective_number) AS objectives
      FROM (SELECT scope, objective_number, count(level)::int AS counted, round(avg(level), 2)::float8 AS mean_level, ${DISTRIBUTION('level')} AS distribution
              FROM scope_entries WHERE level IS NOT NULL GROUP BY scope, objective_number) o
     GROUP BY scope
  ),
  pledge_counts AS (
    -- Counted per country first (one pass over the pledges), then summed per scope.
    SELECT p.pledging_country_iso3 AS country_iso3,
           count(*) FILTER (WHERE p.status = 'PLANNING') AS planning,
           count(*) FILTER (WHERE p.status = 'IN_PROGRESS') AS in_progress,
           count(*) FILTER (WHERE p.status = 'FULFILLED') AS fulfilled,
           count(*) FILTER (WHERE p.status = 'WITHDRAWN') AS withdrawn
      FROM pledge p
     WHERE p.pledging_entity_kind = 'MEMBER_STATE'
       AND ($4::int IS NULL OR EXISTS (SELECT 1 FROM pledge_objective po WHERE po.pledge_id = p.id AND po.objective_number = $4::int))
     GROUP BY p.pledging_country_iso3
  ),
  pledge_stats AS (
    SELECT s.scope, sum(pc.planning)::int AS planning, sum(pc.in_progress)::int AS in_progress, sum(pc.fulfilled)::int AS fulfilled, sum(pc.withdrawn)::int AS withdrawn
      FROM scopes s JOIN pledge_counts pc ON pc.country_iso3 = s.country_iso3
     GROUP BY s.scope
  ),
  published AS (
    SELECT g.id, g.scope FROM good_practice g
     WHERE g.status = 'PUBLISHED'
       AND ($4::int IS NULL OR EXISTS (SELECT 1 FROM good_practice_objective go WHERE go.practice_id = g.id AND go.objective_number = $4::int))
  ),
  practice_scopes AS (
    SELECT s.scope, g.id FROM published g JOIN good_practice_country gc ON gc.practice_id = g.id JOIN scopes s ON s.country_iso3 = gc.country_iso3
    UNION
    SELECT r.code, g.id FROM published g JOIN good_practice_region gr ON gr.practice_id = g.id JOIN regions r ON r.code = gr.region_code
    UNION
    SELECT '${WORLD}', g.id FROM published g JOIN good_practice_region gr ON gr.practice_id = g.id JOIN regions r ON r.code = gr.region_code
    UNION
    SELECT '${WORLD}', g.id FROM published g WHERE g.scope = 'GLOBAL'
  ),
  practice_stats AS (SELECT scope, count(*)::int AS published_practices FROM practice_scopes GROUP BY scope),
  all_scopes AS (SELECT code AS scope FROM regions UNION ALL SELECT '${WORLD}')
SELECT a.scope,
       coalesce(c.countries, 0) AS countries, coalesce(c.champions, 0) AS champions,
       coalesce(e.reporting_countries, 0) AS reporting_countries,
       json_build_object('draft', coalesce(e.draft, 0), 'submitted', coalesce(e.submitted, 0), 'returned', coalesce(e.returned, 0), 'validated', coalesce(e.validated, 0)) AS entries_by_state,
       coalesce(e.counted, 0) AS counted_entries, coalesce(e.unvalidated_counted, 0) AS unvalidated_counted,
       coalesce(e.distribution, json_build_object('notStarted', 0, 'limited', 0, 'substantial', 0, 'complete', 0)) AS distribution,
       e.mean_level,
       coalesce(o.objectives, '[]'::json) AS objectives,
       json_build_object('planning', coalesce(p.planning, 0), 'inProgress', coalesce(p.in_progress, 0), 'fulfilled', coalesce(p.fulfilled, 0), 'withdrawn', coalesce(p.withdrawn, 0)) AS pledges_by_status,
       coalesce(g.published_practices, 0) AS published_practices
  FROM all_scopes a
  LEFT JOIN country_stats c ON c.scope = a.scope
  LEFT JOIN entry_stats e ON e.scope = a.scope
  LEFT JOIN objective_stats o ON o.scope = a.scope
  LEFT JOIN pledge_stats p ON p.scope = a.scope
  LEFT JOIN practice_stats g ON g.scope = a.scope
 ORDER BY a.scope = '${WORLD}', a.scope`;

/**
 * objectiveMatrix. Parameters: $1 scheme, $2 championOnly, $3 cycle, $4 objective (null: all 23), $5 includeSubmitted.
 * One row per objective x region (every pair, zeros included), plus the world column ('*').
 */
export const OBJECTIVE_MATRIX_SQL = `
WITH ${SCOPES},
  ${ENTRIES},
  cells AS (
    SELECT s.scope, e.objective_number, count(e.level)::int AS counted, count(DISTINCT s.country_iso3) FILTER (WHERE e.level IS NOT NULL)::int AS reporting_countries,
           round(avg(e.level), 2)::float8 AS mean_level, ${DISTRIBUTION('e.level')} AS distribution
      FROM scopes s JOIN entries e ON e.country_iso3 = s.country_iso3
     WHERE e.level IS NOT NULL
     GROUP BY s.scope, e.objective_number
  ),
  all_scopes AS (SELECT code AS scope FROM regions UNION ALL SELECT '${WORLD}')
SELECT o.number AS objective, a.scope, coalesce(c.counted, 0) AS counted, coalesce(c.reporting_countries, 0) AS reporting_countries, c.mean_level,
       coalesce(c.distribution, json_build_object('notStarted', 0, 'limited', 0, 'substantial', 0, 'complete', 0)) AS distribution
  FROM objective o CROSS JOIN all_scopes a
  LEFT JOIN cells c ON c.scope = a.scope AND c.objective_number = o.number
 WHERE $4::int IS NULL OR o.number = $4::int
 ORDER BY o.number, a.scope = '${WORLD}', a.scope`;

/**
 * cycleComparison. Parameters: $1 scheme, $2 championOnly, $3 from cycle, $4 to cycle, $5 includeSubmitted.
 * Per region (and world) and objective reported on in either cycle: mean level and reporting countries in each, and the change.
 */
export const CYCLE_COMPARISON_SQL = `
WITH ${SCOPES},
  counted AS (
    SELECT r.cycle_code, r.country_iso3, e.objective_number,
           ${countedLevelSql('$5')} AS level
      FROM progress_entry e JOIN progress_report r ON r.id = e.report_id
     WHERE r.cycle_code IN ($3, $4)
  ),
  per_cycle AS (
    SELECT s.scope, c.objective_number,
           round(avg(c.level) FILTER (WHERE c.cycle_code = $3), 2)::float8 AS mean_from,
           round(avg(c.level) FILTER (WHERE c.cycle_code = $4), 2)::float8 AS mean_to,
           count(DISTINCT s.country_iso3) FILTER (WHERE c.cycle_code = $3)::int AS reporting_from,
           count(DISTINCT s.country_iso3) FILTER (WHERE c.cycle_code = $4)::int AS reporting_to
      FROM scopes s JOIN counted c ON c.country_iso3 = s.country_iso3
     WHERE c.level IS NOT NULL
     GROUP BY s.scope, c.objective_number
  )
SELECT scope, objective_number AS objective, mean_from, mean_to, round((mean_to - mean_from)::numeric, 2)::float8 AS mean_change,
       reporting_from, reporting_to, reporting_to - reporting_from AS reporting_change
  FROM per_cycle
 ORDER BY scope = '${WORLD}', scope, objective_number`;

/**
 * countryScorecard. Parameters: $1 country, $2 includeSubmitted.
 * Per objective the country reported on in any cycle: the counted level in each cycle (oldest cycle first).
 */
export const COUNTRY_SCORECARD_SQL = `
SELECT e.objective_number AS objective,
       json_agg(json_build_object('cycle', r.cycle_code, 'level', ${countedLevelSql('$2')},
                                  'validated', e.state = 'VALIDATED')
                ORDER BY rc.start_date NULLS LAST, rc.code) AS cycles
  FROM progress_entry e
  JOIN progress_report r ON r.id = e.report_id
  JOIN review_cycle rc ON rc.code = r.cycle_code
 WHERE r.country_iso3 = $1 AND (e.state = 'VALIDATED' OR ($2::boolean AND e.state = 'SUBMITTED'))
 GROUP BY e.objective_number
 ORDER BY e.objective_number`;

/**
 * peerLearningParticipation. Parameters: $1 scheme, $2 event kinds, $3 cycle (or null).
 * Champions that took part in events of those kinds (named participants, the host country and
 * government organisers), per region of the scheme and cycle of the event, with the objectives
 * in focus; the per-cycle totals count each champion once, whatever its regions (Morocco is in
 * ECA and ESCWA). Events part of or preparing no cycle are grouped under a null cycle. Rows
 * with `counted_only` carry the participation known only as a count, summed per cycle.
 */
export const PEER_LEARNING_SQL = `
WITH peer_events AS (
  SELECT e.id, e.counted_participants, e.counted_group FROM event e WHERE e.kind = ANY($2::text[])
),
event_cycles AS (
  SELECT pe.id AS event_id, ec.cycle_code
    FROM peer_events pe LEFT JOIN event_review_cycle ec ON ec.event_id = pe.id
   WHERE $3::text IS NULL OR ec.cycle_code = $3::text
),
took_part AS (
  SELECT DISTINCT t.event_id, t.country_iso3
    FROM (SELECT p.event_id, p.country_iso3 FROM event_participation p
          UNION ALL SELECT e.id, e.host_country_iso3 FROM event e WHERE e.host_country_iso3 IS NOT NULL
          UNION ALL SELECT o.event_id, o.country_iso3 FROM event_organiser o WHERE o.country_iso3 IS NOT NULL) t
    JOIN peer_events pe ON pe.id = t.event_id
    JOIN champion_country ch ON ch.country_iso3 = t.country_iso3
),
facts AS (
  SELECT m.region_code, c.cycle_code, t.country_iso3, t.event_id, o.objective_number
    FROM took_part t
    JOIN event_cycles c ON c.event_id = t.event_id
    JOIN region_membership m ON m.country_iso3 = t.country_iso3 AND m.kind = 'REGIONAL'
    JOIN region r ON r.code = m.region_code AND r.scheme = $1
    LEFT JOIN event_objective o ON o.event_id = t.event_id
)
SELECT x.* FROM (
SELECT region_code, cycle_code, objective_number, count(DISTINCT country_iso3)::int AS champions,
       count(DISTINCT event_id)::int AS events, GROUPING(region_code) = 1 AS all_regions,
       GROUPING(objective_number) = 1 AS all_objectives, NULL::int AS counted_only
  FROM facts
 GROUP BY GROUPING SETS ((region_code, cycle_code), (cycle_code), (region_code, cycle_code, objective_number), (cycle_code, objective_number))
HAVING GROUPING(objective_number) = 1 OR objective_number IS NOT NULL
UNION ALL
SELECT NULL, c.cycle_code, NULL, 0, count(DISTINCT pe.id)::int, true, true, sum(pe.counted_participants)::int
  FROM peer_events pe JOIN event_cycles c ON c.event_id = pe.id
 WHERE pe.counted_group = 'CHAMPION_COUNTRIES'
 GROUP BY c.cycle_code
) x LEFT JOIN review_cycle rc ON rc.code = x.cycle_code
 ORDER BY rc.start_date NULLS LAST, x.cycle_code NULLS LAST, x.all_regions, x.region_code, x.objective_number NULLS FIRST`;

/** The level an entry counts at: validated level, or with includeSubmitted ($n) a submitted entry's reported level. */
const COUNTED_LEVEL = (includeSubmitted: string): string =>
  `CASE WHEN e.state = 'VALIDATED' THEN e.validated_level WHEN ${includeSubmitted}::boolean AND e.state = 'SUBMITTED' THEN e.reported_level END`;

/**
 * countryLevels. Parameters: $1 cycle, $2 includeSubmitted, $3 championOnly. One row per
 * country with counted entries in the cycle: mean level over its objectives, counted and
 * unvalidated counted entries.
 */
export const COUNTRY_LEVELS_SQL = `
SELECT r.country_iso3 AS iso3,
       count(${COUNTED_LEVEL('$2')})::int AS counted,
       count(*) FILTER (WHERE e.state = 'SUBMITTED' AND $2::boolean)::int AS unvalidated_counted,
       round(avg(${COUNTED_LEVEL('$2')}), 2)::float8 AS mean_level
  FROM progress_entry e
  JOIN progress_report r ON r.id = e.report_id
  LEFT JOIN champion_country ch ON ch.country_iso3 = r.country_iso3
 WHERE r.cycle_code = $1
   AND (e.state = 'VALIDATED' OR ($2::boolean AND e.state = 'SUBMITTED'))
   AND (NOT $3::boolean OR ch.country_iso3 IS NOT NULL)
 GROUP BY r.country_iso3
 ORDER BY r.country_iso3`;

/**
 * reportedCycles. Parameter: $1 includeSubmitted. The cycles with counted entries, latest
 * first (by start date, then code): how many entries and countries count in each.
 */
export const REPORTED_CYCLES_SQL = `
SELECT r.cycle_code AS cycle,
       count(*)::int AS counted,
       count(DISTINCT r.country_iso3)::int AS reporting_countries
  FROM progress_entry e
  JOIN progress_report r ON r.id = e.report_id
  JOIN review_cycle rc ON rc.code = r.cycle_code
 WHERE e.state = 'VALIDATED' OR ($1::boolean AND e.state = 'SUBMITTED')
 GROUP BY r.cycle_code, rc.start_date
 ORDER BY rc.start_date DESC NULLS LAST, r.cycle_code DESC`;
