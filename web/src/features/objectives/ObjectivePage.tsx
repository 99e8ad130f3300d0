import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { IncludesSubmittedNotice, IncludeSubmittedOption } from '../../components/IncludeSubmitted';
import { CyclePicker, useCycles } from '../../components/CyclePicker';
import { DataTable } from '../../components/DataTable';
import { LanguageMark, MarkedText } from '../../components/LanguageMark';
import { graphql } from '../../graphql/graphql';
import { EventList } from '../events/EventList';
import { formatLevel, formatNumber } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { useFilters } from '../../lib/use-filters';

const ObjectiveQuery = graphql(`
  query Objective($number: Int!, $cycle: String!, $lang: Language!, $includeSubmitted: Boolean!) {
    objective(number: $number, lang: $lang) {
      number
      title
      titleLanguage
      shortTitle
      compactParagraph
      sources
      imrfRoundTable {
        number
        label
        thematicLabel
        thematicLabelConfirmed
        sources
      }
      events {
        id
        title
        titleLanguage
        startDate
        kind
        confirmed
      }
    }
    regionalProgress(cycle: $cycle, objective: $number, includeSubmitted: $includeSubmitted) {
      includesSubmitted
      regions {
        region {
          code
        }
        countries
        reportingCountries
        countedEntries
        meanLevel
        distribution {
          notStarted
          limited
          substantial
          complete
        }
      }
      world {
        reportingCountries
        countedEntries
        meanLevel
      }
    }
    regions(lang: $lang, scheme: REVIEW) {
      code
      name
      nameLanguage
    }
    pledges(filter: { objective: $number }, first: 10, lang: $lang) {
      totalCount
      nodes {
        id
        title
        language
        status
        pledgingEntity {
          name
        }
        pledgingCountry {
          name
        }
      }
    }
    goodPractices(filter: { objective: $number }, first: 10, lang: $lang) {
      totalCount
      nodes {
        id
        title
        language
      }
    }
  }
`);

const FILTERS = { cycle: { kind: 'string' }, submitted: { kind: 'boolean', default: false } } as const;

/** One objective: its text, its figures per review region in a cycle, and its pledges and good practices. */
export function ObjectivePage() {
  const { t, i18n } = useTranslation('objectives');
  const lng = i18n.language;
  const number = Number(useParams().number);
  const [filters, setFilters] = useFilters(FILTERS);
  const { canAnalyse } = useSession();
  // Analysts and the secretariat may count submitted entries not yet validated too.
  const includeSubmitted = canAnalyse && filters.submitted === true;
  const { cycles, counted, latestReported } = useCycles(includeSubmitted);
  const cycleCode = (filters.cycle as string | null) ?? latestReported;
  const valid = Number.isInteger(number) && number >= 1 && number <= 23;
  const [{ data, error }] = useQuery({
    query: ObjectiveQuery,
    variables: { number, cycle: cycleCode ?? '', lang: apiLanguage(lng), includeSubmitted },
    pause: !valid || !cycleCode,
  });
  if (!valid) return <Alert color="red">{t('unknown')}</Alert>;
  const objective = data?.objective;
  const names = new Map((data?.regions ?? []).map((r) => [r.code, r]));
  return (
    <Stack>
      {error ? <Alert color="red">{error.message}</Alert> : null}
      {!objective ? (
        <Skeleton height={120} />
      ) : (
        <>
          <Text c="dimmed">{t('objectiveN', { number: objective.number })}</Text>
          <Title order={1}>
            {objective.title}
            <LanguageMark served={objective.titleLanguage} />
          </Title>
          <Group gap="lg">
            <Text size="sm">{t('paragraphN', { number: objective.compactParagraph })}</Text>
            {objective.imrfRoundTable ? (
              <Text size="sm">
                {t('roundTableN', { number: objective.imrfRoundTable.number })}
                {objective.imrfRoundTable.thematicLabel ? `: ${objective.imrfRoundTable.thematicLabel}` : ''}
                {objective.imrfRoundTable.thematicLabelConfirmed ? null : (
                  <Badge ml="xs" size="xs" color="orange.9" variant="filled" title={objective.imrfRoundTable.sources.join(' · ')}>
                    {t('unconfirmed')}
                  </Badge>
                )}
              </Text>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {t('sources')}: {objective.sources.join(' · ')}
          </Text>
        </>
      )}
      <Group align="flex-end">
        <CyclePicker label={t('cycle')} value={cycleCode} onChange={(c) => setFilters({ cycle: c })} cycles={cycles} counted={counted} />
        <IncludeSubmittedOption checked={includeSubmitted} onChange={(submitted) => setFilters({ submitted })} />
      </Group>
      {data?.regionalProgress.includesSubmitted ? <IncludesSubmittedNotice /> : null}
      {data ? (
        <>
          <Paper withBorder p="md" component="section" aria-labelledby="objective-regions">
            <Title order={2} size="h3" id="objective-regions">
              {t('regionalFigures')}
            </Title>
            <DataTable
              caption={t('regionalCaption', { cycle: cycleCode })}
              header={[t('region'), t('meanLevel'), t('reportingCountries'), t('countedEntries'), t('distribution')]}
              numeric={[1, 2, 3]}
              rows={[
                ...data.regionalProgress.regions.map((r) => [
                  <MarkedText
                    key="r"
                    text={names.get(r.region?.code ?? '')?.name ?? r.region?.code ?? ''}
                    served={names.get(r.region?.code ?? '')?.nameLanguage}
                  />,
                  formatLevel(r.meanLevel, lng),
                  formatNumber(r.reportingCountries, lng),
                  formatNumber(r.countedEntries, lng),
                  t('distributionText', {
                    notStarted: r.distribution.notStarted,
                    limited: r.distribution.limited,
                    substantial: r.distribution.substantial,
                    complete: r.distribution.complete,
                  }),
                ]),
                [
                  t('world'),
                  formatLevel(data.regionalProgress.world.meanLevel, lng),
                  formatNumber(data.regionalProgress.world.reportingCountries, lng),
                  formatNumber(data.regionalProgress.world.countedEntries, lng),
                  '',
                ],
              ]}
            />
          </Paper>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder p="md" component="section" aria-labelledby="objective-pledges">
              <Title order={2} size="h3" id="objective-pledges">
                {t('pledges', { count: data.pledges.totalCount })}
              </Title>
              <List spacing="xs" mt="xs">
                {data.pledges.nodes.map((p) => (
                  <List.Item key={p.id}>
                    <Anchor component={Link} to={`/pledges/${p.id}`}>
                      {p.title}
                    </Anchor>
                    <LanguageMark served={p.language} />{' '}
                    {p.pledgingCountry?.name || p.pledgingEntity.name ? (
                      <Text span size="xs" c="dimmed">
                        — {p.pledgingCountry?.name ?? p.pledgingEntity.name}
                      </Text>
                    ) : null}
                  </List.Item>
                ))}
              </List>
              <Anchor component={Link} to={`/pledges?objective=${number}`} size="sm">
                {t('allPledges')}
              </Anchor>
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="objective-practices">
              <Title order={2} size="h3" id="objective-practices">
                {t('practices', { count: data.goodPractices.totalCount })}
              </Title>
              <List spacing="xs" mt="xs">
                {data.goodPractices.nodes.map((p) => (
                  <List.Item key={p.id}>
                    <Anchor component={Link} to={`/practices/${p.id}`}>
                      {p.title}
                    </Anchor>
                    <LanguageMark served={p.language} />
                  </List.Item>
                ))}
              </List>
              <Anchor component={Link} to={`/practices?objective=${number}`} size="sm">
                {t('allPractices')}
              </Anchor>
            </Paper>
          </SimpleGrid>
          <EventList id="objective-events" events={data.objective?.events ?? []} calendarLink={`/events?objective=${number}`} />
        </>
      ) : null}
    </Stack>
  );
}
