import { graphql, type ResultOf } from '../../graphql/graphql';

/** Everything the dashboard draws, in one request. */
export const DashboardQuery = graphql(`
  query Dashboard($cycle: String!, $lang: Language!, $includeSubmitted: Boolean!, $championOnly: Boolean!) {
    review: regionalProgress(cycle: $cycle, scheme: REVIEW, includeSubmitted: $includeSubmitted, championOnly: $championOnly) {
      includesSubmitted
      world {
        countries
        champions
        reportingCountries
        countedEntries
        unvalidatedEntries
        meanLevel
        entriesByState {
          validated
          submitted
        }
        pledgesByStatus {
          planning
          inProgress
          fulfilled
          withdrawn
        }
        publishedGoodPractices
      }
      regions {
        region {
          code
        }
        countries
        reportingCountries
        countedEntries
        meanLevel
      }
    }
    geographic: regionalProgress(cycle: $cycle, scheme: GEOGRAPHIC, includeSubmitted: $includeSubmitted, championOnly: $championOnly) {
      regions {
        region {
          code
        }
        countries
        reportingCountries
        countedEntries
        meanLevel
      }
    }
    objectiveMatrix(cycle: $cycle, includeSubmitted: $includeSubmitted, championOnly: $championOnly) {
      rows {
        objectiveNumber
        cells {
          region {
            code
          }
          countedEntries
          reportingCountries
          meanLevel
        }
        world {
          countedEntries
          reportingCountries
          meanLevel
        }
      }
    }
    countryLevels(cycle: $cycle, includeSubmitted: $includeSubmitted, championOnly: $championOnly) {
      countries {
        iso3
        countedEntries
        unvalidatedEntries
        meanLevel
        country(lang: $lang) {
          name
          nameLanguage
          m49Code
          isChampion
        }
      }
    }
    champions: countries(filter: { championOnly: true }, first: 100, lang: $lang) {
      nodes {
        iso3
        m49Code
        name
        nameLanguage
      }
    }
    regions(lang: $lang) {
      code
      name
      nameLanguage
      scheme
    }
    objectives(lang: $lang) {
      number
      shortTitle
      shortTitleLanguage
    }
  }
`);

export type DashboardData = ResultOf<typeof DashboardQuery>;
