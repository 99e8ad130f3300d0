import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { IncludeSubmittedOption } from '../../components/IncludeSubmitted';
import { ChartCard } from '../../components/ChartCard';
import { HeatGrid, type HeatGridCell } from '../../components/charts/HeatGrid';
import { DataTable } from '../../components/DataTable';
import { ExportLinks } from '../../components/ExportLinks';
import { LanguageMark } from '../../components/LanguageMark';
import { LevelLegend } from '../../components/LevelLegend';
import { PledgeStatusBadge } from '../../components/PledgeStatusBadge';
import { graphql } from '../../graphql/graphql';
import { EventList } from '../events/EventList';
import { formatDate } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { levelColour } from '../../lib/level-scale';
import { useFilters } from '../../lib/use-filters';

const CountryQuery = graphql(`
  query CountryProfile($iso3: String!, $lang: Language!, $includeSubmitted: Boolean!) {
    country(iso3: $iso3, lang: $lang) {
      iso3
      name
      nameLanguage
      officialName
      m49Code
      unStatus
      isChampion
      champion {
        joinedYear
        joinedNote
        note
        sources
      }
      regions {
        code
        name
        nameLanguage
        scheme
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
    countryScorecard(iso3: $iso3, includeSubmitted: $includeSubmitted) {
      includesSubmitted
      objectives {
        objectiveNumber
        cycles {
          level
          validated
          cycle {
            code
            name
            startDate
          }
        }
      }
      pledges {
        id
        title
        language
        status
        statusDate
        updates {
          id
          date
          status
        }
      }
    }
    goodPractices(filter: { country: $iso3 }, first: 20, lang: $lang) {
      totalCount
      nodes {
        id
        title
        language
      }
    }
    objectives(lang: $lang) {
      number
      shortTitle
    }
  }
`);

const FILTERS = { submitted: { kind: 'boolean', default: false } } as const;
const LEVEL_KEYS = ['notStarted', 'limited', 'substantial', 'complete'] as const;

/** A country's profile: regions in both schemes, champion status, scorecard, pledges, good practices. */
export function CountryPage() {
  const { t, i18n } = useTranslation('countries');
  const lng = i18n.language;
  const iso3 = (useParams().iso3 ?? '').toUpperCase();
  const { canAnalyse } = useSession();
  const [filters, setFilters] = useFilters(FILTERS);
  const includeSubmitted = canAnalyse && filters.submitted === true;
  const [{ data, error }] = useQuery({ query: CountryQuery, variables: { iso3, lang: apiLanguage(lng), includeSubmitted } });
  const titles = useMemo(() => new Map((data?.objectives ?? []).map((o) => [o.number, o.shortTitle])), [data]);

  const scorecard = data?.countryScorecard;
  const cycles = useMemo(() => {
    const seen = new Map<string, { code: string; name: string; startDate: string | null }>();
    for (const o of scorecard?.objectives ?? []) for (const c of o.cycles) seen.set(c.cycle.code, c.cycle);
    return [...seen.values()].sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.code.localeCompare(b.code));
  }, [scorecard]);
  const rows = useMemo(
    () =>
      (scorecard?.objectives ?? []).map((o) => ({
        number: o.objectiveNumber,
        label: `${o.objectiveNumber}. ${titles.get(o.objectiveNumber) ?? ''}`,
        levels: cycles.map((c) => o.cycles.find((x) => x.cycle.code === c.code) ?? null),
      })),
    [scorecard, cycles, titles],
  );
  const cell = (y: number, x: number): HeatGridCell | null => {
    const row = rows[y];
    const cycle = cycles[x];
    const l = row?.levels[x];
    if (!row || !cycle || !l) return null;
    return {
      colour: levelColour(l.level),
      text: `${l.level}${l.validated ? '' : '*'}`,
      title: `${row.label}\n${cycle.name}: ${l.level} ${t(`levels.${LEVEL_KEYS[l.level] ?? 'notStarted'}`)}${l.validated ? '' : ` (${t('submittedNotValidated')})`}`,
      flagged: !l.validated,
    };
  };

  if (error) return <Alert color="red">{error.message}</Alert>;
  const country = data?.country;
  if (data && !country) return <Alert color="red">{t('unknown', { iso3 })}</Alert>;
  const summary = t('scorecardSummary', { objectives: rows.length, cycles: cycles.length });
  return (
    <Stack>
      {!country ? (
        <Skeleton height={120} />
      ) : (
        <>
          <Title order={1}>
            {country.name}
            <LanguageMark served={country.nameLanguage} />
          </Title>
          <Text c="dimmed">
            {country.officialName} · {country.iso3} · M49 {country.m49Code} · {t(`unStatus.${country.unStatus}`)}
          </Text>
          <Group gap="xs">
            {country.regions.map((r) => (
              <Group key={r.code} gap={0}>
                <Badge
                  variant="filled"
                  color={r.scheme === 'REVIEW' ? 'un' : 'gray.7'}
                  title={t(`scheme.${r.scheme}`)}
                  lang={r.nameLanguage.toLowerCase()}
                >
                  {r.name}
                </Badge>
                <LanguageMark served={r.nameLanguage} />
              </Group>
            ))}
          </Group>
          {country.isChampion ? (
            <Paper withBorder p="sm">
              <Group gap="xs">
                <Badge color="orange.9">{t('champion')}</Badge>
                <Text size="sm">
                  {country.champion?.joinedYear
                    ? t('joined', { year: country.champion.joinedYear })
                    : (country.champion?.joinedNote ?? t('joinedUnknown'))}
                </Text>
              </Group>
              {country.champion?.note ? (
                <Text size="sm" mt={4}>
                  {country.champion.note}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed" mt={4}>
                {t('sources')}: {country.champion?.sources.join(' · ')}
              </Text>
            </Paper>
          ) : null}
        </>
      )}
      <IncludeSubmittedOption checked={includeSubmitted} onChange={(submitted) => setFilters({ submitted })} />
      {scorecard ? (
        rows.length ? (
          <ChartCard
            id="scorecard"
            title={t('scorecard')}
            summary={`${summary} ${t(scorecard.includesSubmitted ? 'basis.withSubmitted' : 'basis.validated', { ns: 'common' })}.`}
            actions={
              canAnalyse ? (
                <ExportLinks path="country-scorecard" query={`country=${iso3}${includeSubmitted ? '&includeSubmitted=true' : ''}`} />
              ) : null
            }
            chart={
              <>
                <HeatGrid
                  label={summary}
                  columns={cycles.map((c) => ({ key: c.code, label: c.code, title: c.name }))}
                  rows={rows.map((r) => ({ key: String(r.number), label: String(r.number), title: r.label }))}
                  cell={cell}
                />
                <LevelLegend />
              </>
            }
            table={
              <DataTable
                caption={t('scorecard')}
                header={[t('objective'), ...cycles.map((c) => c.name)]}
                numeric={cycles.map((_, i) => i + 1)}
                rows={rows.map((r) => [r.label, ...r.levels.map((l) => (l ? `${l.level}${l.validated ? '' : '*'}` : '–'))])}
              />
            }
            csv={{
              fileName: `scorecard-${iso3}.csv`,
              header: ['objective', ...cycles.map((c) => c.code)],
              rows: rows.map((r) => [r.number, ...r.levels.map((l) => (l ? l.level : null))]),
            }}
          />
        ) : (
          <Alert color="gray">{t('noScorecard')}</Alert>
        )
      ) : null}
      {data ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="country-pledges">
            <Title order={2} size="h3" id="country-pledges">
              {t('pledges', { count: scorecard?.pledges.length ?? 0 })}
            </Title>
            <List spacing="sm" mt="xs" listStyleType="none">
              {(scorecard?.pledges ?? []).map((p) => (
                <List.Item key={p.id}>
                  <Anchor component={Link} to={`/pledges/${p.id}`}>
                    {p.title}
                  </Anchor>
                  <LanguageMark served={p.language} />
                  <Group gap={6} mt={4} aria-label={t('timeline')}>
                    {p.updates.map((u) => (
                      <Group gap={4} key={u.id}>
                        <Text size="xs" c="dimmed">
                          {formatDate(u.date, lng)}
                        </Text>
                        <PledgeStatusBadge status={u.status} />
                      </Group>
                    ))}
                  </Group>
                </List.Item>
              ))}
            </List>
            <Anchor component={Link} to={`/pledges?country=${iso3}`} size="sm">
              {t('allPledges')}
            </Anchor>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="country-practices">
            <Title order={2} size="h3" id="country-practices">
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
          </Paper>
        </SimpleGrid>
      ) : null}
      {data?.country ? <EventList id="country-events" events={data.country.events} calendarLink="/events" /> : null}
    </Stack>
  );
}
