import type { LevelDistributionModel } from './models/level-distribution.model.js';

/**
 * What the analytics feature's SQL (analytics-sql.ts) returns, column for column
 * (snake_case, as selected), shaped into models by its service.
 */

/** One scope (a region, or the world) of REGIONAL_PROGRESS_SQL. */
export interface RegionalProgressRow {
  scope: string;
  countries: number;
  champions: number;
  reporting_countries: number;
  entries_by_state: { draft: number; submitted: number; returned: number; validated: number };
  counted_entries: number;
  unvalidated_counted: number;
  distribution: LevelDistributionModel;
  mean_level: number | null;
  objectives: { objective: number; counted: number; meanLevel: number | null; distribution: LevelDistributionModel }[];
  pledges_by_status: { planning: number; inProgress: number; fulfilled: number; withdrawn: number };
  published_practices: number;
}

/** One cell (objective, scope) of OBJECTIVE_MATRIX_SQL. */
export interface ObjectiveMatrixRow {
  objective: number;
  scope: string;
  counted: number;
  reporting_countries: number;
  mean_level: number | null;
  distribution: LevelDistributionModel;
}
