import { graphql } from '../../graphql/graphql';
import { EntryFieldsFragment, WindowFields } from '../reports/reports.operations';

/** The queue: submitted entries oldest first (with their wait), and submitted good practices. */
export const ReviewQueueQuery = graphql(`
  query ReviewQueue(
    $entries: PendingReviewsFilter
    $practices: GoodPracticesFilter
    $after: String
    $practicesAfter: String
    $lang: Language!
  ) {
    pendingReviews(filter: $entries, first: 50, after: $after, lang: $lang) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        waitingDays
        submittedAt
        reportedLevel
        country {
          iso3
          name
        }
        cycle {
          code
          name
        }
        objective {
          number
          shortTitle
        }
      }
    }
    goodPractices(filter: $practices, first: 50, after: $practicesAfter, lang: $lang) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        language
        updatedAt
        ownerCountry {
          iso3
          name
        }
        mainObjective {
          number
        }
        reviewHistory {
          action
          actedAt
        }
      }
    }
  }
`);

const ReviewedEntryFields = graphql(
  `
    fragment ReviewedEntryFields on ProgressEntry @_unmask {
      ...EditorEntryFields
      submittedAt
      waitingDays
      validatedLevel
      validationJustification
      lastValidatedAt
      changesSinceValidation {
        field
        validated
        current
      }
    }
  `,
  [EntryFieldsFragment],
);

/** One entry as the secretariat reviews it: the editor's fields, the country's layer and what changed since validation. */
export const ReviewEntryQuery = graphql(
  `
    query ReviewEntry($id: ID!, $lang: Language!) {
      progressEntry(id: $id, lang: $lang) {
        ...ReviewedEntryFields
        country {
          iso3
          name
        }
        cycle {
          code
          name
        }
        objective {
          number
          shortTitle
        }
      }
    }
  `,
  [ReviewedEntryFields],
);

export const ValidateEntryMutation = graphql(
  `
    mutation ValidateEntry($id: ID!, $version: Int!, $input: ValidateProgressEntryInput) {
      validateProgressEntry(id: $id, version: $version, input: $input) {
        ...ReviewedEntryFields
      }
    }
  `,
  [ReviewedEntryFields],
);

export const ReturnEntryMutation = graphql(
  `
    mutation ReturnEntry($id: ID!, $version: Int!, $comment: String!) {
      returnProgressEntry(id: $id, version: $version, comment: $comment) {
        ...ReviewedEntryFields
      }
    }
  `,
  [ReviewedEntryFields],
);

export const ReopenEntryMutation = graphql(
  `
    mutation ReopenEntry($id: ID!, $version: Int!, $reason: String!) {
      reopenProgressEntry(id: $id, version: $version, reason: $reason) {
        ...ReviewedEntryFields
      }
    }
  `,
  [ReviewedEntryFields],
);

const ReviewedPracticeFields = graphql(`
  fragment ReviewedPracticeFields on GoodPractice @_unmask {
    id
    version
    status
    title
    summary
    results
    lessonsLearned
    language
    practiceType
    scope
    startYear
    endYear
    ongoing
    links
    updatedAt
    publishedAt
    ownerCountry {
      iso3
      name
    }
    countries {
      iso3
      name
    }
    objectives {
      objective {
        number
        shortTitle
      }
    }
    reviewHistory {
      action
      actedAt
      actedBy
      actedByRole
      comment
    }
  }
`);

export const ReviewPracticeQuery = graphql(
  `
    query ReviewPractice($id: ID!, $lang: Language!) {
      goodPractice(id: $id, lang: $lang) {
        ...ReviewedPracticeFields
      }
    }
  `,
  [ReviewedPracticeFields],
);

export const PublishPracticeMutation = graphql(
  `
    mutation PublishPractice($id: ID!, $version: Int!, $comment: String) {
      publishGoodPractice(id: $id, version: $version, comment: $comment) {
        ...ReviewedPracticeFields
      }
    }
  `,
  [ReviewedPracticeFields],
);

export const ReturnPracticeMutation = graphql(
  `
    mutation ReturnPractice($id: ID!, $version: Int!, $comment: String!) {
      returnGoodPractice(id: $id, version: $version, comment: $comment) {
        ...ReviewedPracticeFields
      }
    }
  `,
  [ReviewedPracticeFields],
);

/** A cycle's window in force, and the extensions of the countries that have a report in it. */
export const CycleWindowQuery = graphql(
  `
    query CycleWindow($cycle: String!, $lang: Language!) {
      reviewCycle(code: $cycle) {
        code
        name
        reportingOpensOn
        reportingClosesOn
        reportingWindow {
          ...ReportWindowFields
          setBySecretariat
        }
      }
      progressReports(first: 200, filter: { cycle: $cycle }, lang: $lang) {
        nodes {
          id
          country {
            iso3
            name
          }
          reportingWindow {
            ...ReportWindowFields
          }
        }
      }
    }
  `,
  [WindowFields],
);

export const SetWindowMutation = graphql(
  `
    mutation SetWindow($cycle: String!, $opensOn: String!, $closesOn: String!, $reason: String) {
      setReportingWindow(cycle: $cycle, opensOn: $opensOn, closesOn: $closesOn, reason: $reason) {
        ...ReportWindowFields
        setBySecretariat
      }
    }
  `,
  [WindowFields],
);

export const ExtendWindowMutation = graphql(
  `
    mutation ExtendWindow($cycle: String!, $country: String!, $closesOn: String!, $reason: String!) {
      extendReportingWindow(cycle: $cycle, country: $country, closesOn: $closesOn, reason: $reason) {
        ...ReportWindowFields
      }
    }
  `,
  [WindowFields],
);

/** The secretariat's queue, live: what waits for review, then after every submission and review. */
export const ReviewQueueChangedSubscription = graphql(`
  subscription ReviewQueueChanged {
    reviewQueueChanged {
      entries
      practices
    }
  }
`);
