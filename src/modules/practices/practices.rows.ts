import type { PracticeReviewAction, PracticeStatus } from './practice.enums.js';

/**
 * What the practices feature's SQL returns, column for column (snake_case, as selected):
 * read by its services and loaders, mapped to GraphQL models in models/.
 */

/** A good practice as the service reads it. */
export interface GoodPracticeRow {
  id: string;
  title: string;
  summary: string;
  language: string;
  scope: string;
  owner_country_iso3: string | null;
  implementing_partners: string[];
  practice_type: string;
  sdgs: number[];
  start_year: number;
  end_year: number | null;
  results: string | null;
  lessons_learned: string | null;
  links: string[];
  status: PracticeStatus;
  from_pledge_id: string | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/** A step of a practice's review, with who took it (good_practice_review). */
export interface PracticeReviewRow {
  practice_id: string;
  action: PracticeReviewAction;
  comment: string | null;
  acted_at: Date;
  acted_by: string;
  acted_by_role: string | null;
}
