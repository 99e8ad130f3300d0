import { graphql } from '../../graphql/graphql';

/** The window fields both pages read. */
export const WindowFields = graphql(`
  fragment ReportWindowFields on ReportingWindow @_unmask {
    opensOn
    closesOn
    extendedTo
    extensionReason
    countryClosesOn
    isOpen
    daysLeft
  }
`);

export const MyReportsQuery = graphql(
  `
    query MyReports($country: String!, $lang: Language!) {
      country(iso3: $country, lang: $lang) {
        name
      }
      myReports(lang: $lang) {
        cycle {
          code
          name
        }
        isOverdue
        reportingWindow {
          ...ReportWindowFields
        }
        report {
          id
          state
          entryCounts {
            draft
            submitted
            returned
            validated
          }
          entries {
            id
            state
            updatedAt
            objective {
              number
            }
          }
        }
        returnedEntries {
          id
          objective {
            number
          }
        }
      }
      objectives(lang: $lang) {
        number
        shortTitle
      }
    }
  `,
  [WindowFields],
);

/** The threads of a report's entries, for the secretariat's comments on those it returned (asked per cycle: the list's cost stays low). */
export const ReturnCommentsQuery = graphql(`
  query ReturnComments($country: String!, $cycle: String!) {
    progressReport(country: $country, cycle: $cycle) {
      id
      entries {
        id
        state
        objective {
          number
        }
        history {
          action
          comment
          actedAt
        }
      }
    }
  }
`);

export const EntryFieldsFragment = graphql(`
  fragment EditorEntryFields on ProgressEntry @_unmask {
    id
    state
    version
    reportedLevel
    narrative
    measuresTaken
    challenges
    evidenceLinks
    updatedAt
    pledges {
      id
      title
    }
    goodPractices {
      id
      title
    }
    history {
      action
      fromState
      toState
      comment
      changedFields
      actedBy
      actedByRole
      actedAt
    }
  }
`);

export const EntryEditorQuery = graphql(
  `
    query EntryEditor($country: String!, $cycle: String!, $objective: Int!, $lang: Language!) {
      myReports(lang: $lang) {
        cycle {
          code
        }
        reportingWindow {
          ...ReportWindowFields
        }
      }
      progressReports(first: 1, filter: { country: $country, cycle: $cycle }, lang: $lang) {
        nodes {
          id
          entries(objective: $objective) {
            ...EditorEntryFields
          }
        }
      }
      reviewCycle(code: $cycle) {
        code
        name
        reportingWindow {
          ...ReportWindowFields
        }
      }
      objective(number: $objective, lang: $lang) {
        number
        shortTitle
      }
    }
  `,
  [WindowFields, EntryFieldsFragment],
);

/** The country's own pledges (made by it or implemented in it) and good practices, for the pickers. */
export const CountryLinksQuery = graphql(`
  query CountryLinks($country: String!, $lang: Language!) {
    madeBy: pledges(first: 200, filter: { country: $country }, lang: $lang) {
      nodes {
        id
        title
      }
    }
    implementedIn: pledges(first: 200, filter: { implementedIn: $country }, lang: $lang) {
      nodes {
        id
        title
      }
    }
    goodPractices(first: 200, filter: { country: $country }, lang: $lang) {
      nodes {
        id
        title
        status
      }
    }
  }
`);

export const CurrentEntryQuery = graphql(
  `
    query CurrentEntry($id: ID!, $lang: Language!) {
      progressEntry(id: $id, lang: $lang) {
        ...EditorEntryFields
      }
    }
  `,
  [EntryFieldsFragment],
);

export const CreateEntryMutation = graphql(
  `
    mutation CreateEntry($input: CreateProgressEntryInput!) {
      createProgressEntry(input: $input) {
        ...EditorEntryFields
      }
    }
  `,
  [EntryFieldsFragment],
);

export const UpdateEntryMutation = graphql(
  `
    mutation UpdateEntry($id: ID!, $version: Int!, $input: UpdateProgressEntryInput!) {
      updateProgressEntry(id: $id, version: $version, input: $input) {
        ...EditorEntryFields
      }
    }
  `,
  [EntryFieldsFragment],
);

export const SubmitEntryMutation = graphql(
  `
    mutation SubmitEntry($id: ID!, $version: Int!, $comment: String) {
      submitProgressEntry(id: $id, version: $version, comment: $comment) {
        ...EditorEntryFields
      }
    }
  `,
  [EntryFieldsFragment],
);

export const CommentMutation = graphql(
  `
    mutation CommentOnEntry($id: ID!, $comment: String!) {
      commentOnProgressEntry(id: $id, comment: $comment) {
        ...EditorEntryFields
      }
    }
  `,
  [EntryFieldsFragment],
);

export const SubmitReportMutation = graphql(`
  mutation SubmitReport($cycle: String!) {
    submitProgressReport(cycle: $cycle) {
      id
      state
    }
  }
`);
