import { graphql } from '../../graphql/graphql';

/** A practice as its editor reads it: every field the API takes, its state, version and review thread. */
export const EditedPracticeFields = graphql(`
  fragment EditedPracticeFields on GoodPractice @_unmask {
    id
    version
    status
    updatedAt
    title
    summary
    language
    scope
    ownerCountryIso3
    ownerCountry {
      iso3
      name
    }
    countries {
      iso3
    }
    regions {
      code
    }
    implementingPartners
    practiceType
    objectives {
      isMain
      objective {
        number
      }
    }
    guidingPrinciples {
      number
    }
    sdgs
    startYear
    endYear
    results
    lessonsLearned
    links
    reviewHistory {
      action
      comment
      actedAt
      actedBy
      actedByRole
    }
  }
`);

export const EditedPracticeQuery = graphql(
  `
    query EditedPractice($id: ID!) {
      goodPractice(id: $id) {
        ...EditedPracticeFields
      }
    }
  `,
  [EditedPracticeFields],
);

/** The guiding principles the form offers (the other lists come with the shared reference query). */
export const PrincipleOptionsQuery = graphql(`
  query PrincipleOptions($lang: Language!) {
    guidingPrinciples(lang: $lang) {
      number
      name
    }
  }
`);

export const CreatePracticeMutation = graphql(
  `
    mutation CreatePractice($input: CreateGoodPracticeInput!) {
      createGoodPractice(input: $input) {
        ...EditedPracticeFields
      }
    }
  `,
  [EditedPracticeFields],
);

export const UpdatePracticeMutation = graphql(
  `
    mutation UpdatePractice($id: ID!, $version: Int!, $input: UpdateGoodPracticeInput!) {
      updateGoodPractice(id: $id, version: $version, input: $input) {
        ...EditedPracticeFields
      }
    }
  `,
  [EditedPracticeFields],
);

export const SubmitPracticeMutation = graphql(
  `
    mutation SubmitPractice($id: ID!, $version: Int!) {
      submitGoodPractice(id: $id, version: $version) {
        ...EditedPracticeFields
      }
    }
  `,
  [EditedPracticeFields],
);

const MyPracticeFields = graphql(`
  fragment MyPracticeFields on GoodPracticeConnection @_unmask {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      language
      status
      practiceType
      updatedAt
      publishedAt
      mainObjective {
        number
      }
      reviewHistory {
        action
        comment
        actedAt
      }
    }
  }
`);

/** A country's own practices, one list per state: returned first (with the comment), drafts, submitted, published. */
export const MyPracticesQuery = graphql(
  `
    query MyPractices($country: String!, $returnedAfter: String, $draftAfter: String, $submittedAfter: String, $publishedAfter: String) {
      returned: goodPractices(filter: { ownerCountry: $country, status: RETURNED }, first: 20, after: $returnedAfter) {
        ...MyPracticeFields
      }
      drafts: goodPractices(filter: { ownerCountry: $country, status: DRAFT }, first: 20, after: $draftAfter) {
        ...MyPracticeFields
      }
      submitted: goodPractices(filter: { ownerCountry: $country, status: SUBMITTED }, first: 20, after: $submittedAfter) {
        ...MyPracticeFields
      }
      published: goodPractices(filter: { ownerCountry: $country, status: PUBLISHED }, first: 20, after: $publishedAfter) {
        ...MyPracticeFields
      }
    }
  `,
  [MyPracticeFields],
);
