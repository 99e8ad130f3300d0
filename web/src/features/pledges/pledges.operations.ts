import { graphql } from '../../graphql/graphql';

/** A pledge as its editor and its status-update page read it: every field the API takes, its version and history. */
export const EditedPledgeFields = graphql(`
  fragment EditedPledgeFields on Pledge @_unmask {
    id
    version
    status
    statusDate
    updatedAt
    title
    description
    language
    pledgingEntity {
      kind
      name
      countryIso3
    }
    pledgingCountry {
      iso3
      name
    }
    isGlobal
    implementationCountries {
      iso3
    }
    cycleCode
    nature
    type
    matchesPledge {
      id
      title
    }
    externalId
    participants {
      name
      kind
      countryIso3
    }
    objectives {
      isMain
      objective {
        number
      }
    }
    guidingPrinciples {
      number
    }
    target
    targetDate
    isOverdue
    goodPractice {
      id
      title
      status
    }
    updates {
      id
      date
      status
      previousStatus
      narrative
      evidenceLinks
      recordedAt
      recordedBy
    }
  }
`);

export const EditedPledgeQuery = graphql(
  `
    query EditedPledge($id: ID!) {
      pledge(id: $id) {
        ...EditedPledgeFields
      }
    }
  `,
  [EditedPledgeFields],
);

export const CreatePledgeMutation = graphql(
  `
    mutation CreatePledge($input: CreatePledgeInput!) {
      createPledge(input: $input) {
        ...EditedPledgeFields
      }
    }
  `,
  [EditedPledgeFields],
);

export const UpdatePledgeMutation = graphql(
  `
    mutation UpdatePledge($id: ID!, $version: Int!, $input: UpdatePledgeInput!) {
      updatePledge(id: $id, version: $version, input: $input) {
        ...EditedPledgeFields
      }
    }
  `,
  [EditedPledgeFields],
);

export const RecordPledgeUpdateMutation = graphql(
  `
    mutation RecordPledgeUpdate($pledgeId: ID!, $version: Int!, $input: PledgeUpdateInput!) {
      recordPledgeUpdate(pledgeId: $pledgeId, version: $version, input: $input) {
        ...EditedPledgeFields
      }
    }
  `,
  [EditedPledgeFields],
);

/** A good practice drafted from a fulfilled pledge, prefilled by the API from it; the editor opens it next. */
export const DraftPracticeFromPledgeMutation = graphql(`
  mutation DraftPracticeFromPledge($pledgeId: ID!) {
    draftGoodPracticeFromPledge(pledgeId: $pledgeId) {
      id
      version
      status
    }
  }
`);

/** The country's own pledges, latest first, paged. */
export const MyPledgesQuery = graphql(`
  query MyPledges($country: String!, $after: String) {
    pledges(filter: { country: $country, pledgingEntityKind: MEMBER_STATE }, orderBy: NEWEST, first: 20, after: $after) {
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
        statusDate
        targetDate
        isOverdue
        version
        mainObjective {
          number
        }
        goodPractice {
          id
          status
        }
      }
    }
  }
`);

/** The pledge import: a CSV file as a GraphQL multipart upload; a dry run checks every row and writes nothing. */
export const ImportPledgesMutation = graphql(`
  mutation ImportPledges($file: Upload!, $dryRun: Boolean!) {
    importPledges(file: $file, dryRun: $dryRun) {
      rows
      imported
      created
      updated
      unchanged
      dryRun
      pledgeIds
    }
  }
`);
