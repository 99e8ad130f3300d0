import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../graphql/graphql';
import { apiLanguage } from '../lib/i18n';

/**
 * The reference lists the filters offer (countries, regions, objectives, cycles), in one
 * request cached across pages: a list page costs this and its own query.
 */
export const ReferenceQuery = graphql(`
  query Reference($lang: Language!) {
    countries(first: 200, lang: $lang) {
      totalCount
      nodes {
        iso3
        name
        nameLanguage
        isChampion
        m49Code
        regions {
          code
          scheme
        }
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
    reviewCycles {
      code
      name
      kind
      round
      confirmed
      region {
        code
      }
    }
  }
`);

export type Reference = ResultOf<typeof ReferenceQuery>;

export function useReference(lng: string) {
  const [result] = useQuery({ query: ReferenceQuery, variables: { lang: apiLanguage(lng) } });
  return result;
}
