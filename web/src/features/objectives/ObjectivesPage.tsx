import { Alert, Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../components/DataTable';
import { LanguageMark } from '../../components/LanguageMark';
import { graphql } from '../../graphql/graphql';
import { apiLanguage } from '../../lib/i18n';

const ObjectivesQuery = graphql(`
  query Objectives($lang: Language!) {
    objectives(lang: $lang) {
      number
      title
      titleLanguage
      compactParagraph
      imrfRoundTable {
        number
        label
      }
    }
  }
`);

/** The 23 objectives with their round table of the IMRF 2022 and paragraph of the Compact. */
export function ObjectivesPage() {
  const { t, i18n } = useTranslation('objectives');
  const [{ data, error }] = useQuery({ query: ObjectivesQuery, variables: { lang: apiLanguage(i18n.language) } });
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      {error ? <Alert color="red">{error.message}</Alert> : null}
      {!data ? (
        <Skeleton height={400} />
      ) : (
        <DataTable
          caption={t('tableCaption')}
          header={[t('number'), t('objective'), t('roundTable'), t('paragraph')]}
          numeric={[3]}
          rows={data.objectives.map((o) => [
            String(o.number),
            <span key="title">
              <Anchor component={Link} to={`/objectives/${o.number}`}>
                {o.title}
              </Anchor>
              <LanguageMark served={o.titleLanguage} />
            </span>,
            o.imrfRoundTable ? t('roundTableN', { number: o.imrfRoundTable.number }) : '–',
            `¶ ${o.compactParagraph}`,
          ])}
        />
      )}
    </Stack>
  );
}
