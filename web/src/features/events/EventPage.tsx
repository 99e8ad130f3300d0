import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../components/DataTable';
import { LanguageMark } from '../../components/LanguageMark';
import { graphql } from '../../graphql/graphql';
import { formatDate } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { eventPlace } from './event-format';

const EventQuery = graphql(`
  query Event($id: ID!, $lang: Language!) {
    event(id: $id, lang: $lang) {
      id
      kind
      title
      titleLanguage
      startDate
      endDate
      attendance
      virtual
      place
      hostCountry {
        iso3
        name
      }
      summary
      note
      outcomeLinks
      sources
      confirmed
      fromReferenceData
      countedParticipation {
        count
        outOf
        group
      }
      organisers {
        name
        kind
        country {
          iso3
          name
        }
      }
      participation {
        role
        country {
          iso3
          name
          nameLanguage
          isChampion
        }
      }
      objectives {
        number
        shortTitle
        shortTitleLanguage
      }
      reviewCycles {
        relation
        cycle {
          code
          name
        }
      }
      goodPractices {
        id
        title
        language
      }
      pledges {
        relation
        pledge {
          id
          title
          language
        }
      }
    }
  }
`);

/** One event: when and where, who organised it, which countries took part and how, what was discussed, its sources. */
export function EventPage() {
  const { t, i18n } = useTranslation('events');
  const lng = i18n.language;
  const id = useParams().id ?? '';
  const [{ data, error, fetching }] = useQuery({ query: EventQuery, variables: { id, lang: apiLanguage(lng) } });
  if (error) return <Alert color="red">{error.graphQLErrors[0]?.message ?? error.message}</Alert>;
  if (!data) return fetching ? <Skeleton height={400} /> : null;
  const e = data.event;
  return (
    <Stack>
      <Group gap="xs">
        <Anchor component={Link} to="/events">
          {t('backToCalendar')}
        </Anchor>
      </Group>
      <Title order={1} lang={e.titleLanguage.toLowerCase()}>
        {e.title}
        <LanguageMark served={e.titleLanguage} />
      </Title>
      <Group gap={6}>
        <Badge variant="light">{t(`kinds.${e.kind}`)}</Badge>
        {e.confirmed ? null : (
          <Badge variant="filled" color="orange.9">
            {t('unconfirmed')}
          </Badge>
        )}
        {e.fromReferenceData ? (
          <Badge variant="outline" color="dark">
            {t('referenceData')}
          </Badge>
        ) : null}
      </Group>
      {e.confirmed ? null : (
        <Paper withBorder p="sm" role="note">
          <Text fw={600}>{t('unconfirmedTitle')}</Text>
          <Text size="sm">{t('unconfirmedHelp')}</Text>
        </Paper>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md">
          <dl className="facts">
            <dt>{t('when')}</dt>
            <dd>
              {formatDate(e.startDate, lng)}
              {e.endDate !== e.startDate ? ` – ${formatDate(e.endDate, lng)}` : ''}
            </dd>
            <dt>{t('where')}</dt>
            <dd>
              {eventPlace(e, t)}
              {e.attendance === 'HYBRID' ? ` (${t('hybrid')})` : ''}
              {e.hostCountry ? (
                <>
                  {' · '}
                  <Anchor component={Link} to={`/countries/${e.hostCountry.iso3}`}>
                    {e.hostCountry.name}
                  </Anchor>
                </>
              ) : null}
            </dd>
            <dt>{t('reviewCycles')}</dt>
            <dd>
              {e.reviewCycles.length
                ? e.reviewCycles.map((c) => `${c.cycle.name} (${t(`relations.${c.relation}`)})`).join('; ')
                : t('none')}
            </dd>
            <dt>{t('objectives')}</dt>
            <dd>
              {e.objectives.length
                ? e.objectives.map((o, i) => (
                    <span key={o.number}>
                      {i ? ', ' : ''}
                      <Anchor component={Link} to={`/objectives/${o.number}`}>
                        {o.number}. {o.shortTitle}
                      </Anchor>
                      <LanguageMark served={o.shortTitleLanguage} />
                    </span>
                  ))
                : t('none')}
            </dd>
          </dl>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            {t('organisers')}
          </Title>
          {e.organisers.length ? (
            <List>
              {e.organisers.map((o) => (
                <List.Item key={o.name}>
                  {o.country ? (
                    <Anchor component={Link} to={`/countries/${o.country.iso3}`}>
                      {o.name}
                    </Anchor>
                  ) : (
                    o.name
                  )}{' '}
                  <Text span size="sm" c="dimmed">
                    ({t(`organiserKinds.${o.kind}`)})
                  </Text>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{t('noOrganisers')}</Text>
          )}
        </Paper>
      </SimpleGrid>
      {e.summary ? <Text>{e.summary}</Text> : null}
      <section aria-labelledby="participation">
        <Title order={2} size="h3" id="participation">
          {t('participation')}
        </Title>
        {e.countedParticipation ? (
          <Text data-counted={e.countedParticipation.count}>
            {e.countedParticipation.outOf !== null
              ? t(`counted.${e.countedParticipation.group}`, { count: e.countedParticipation.count, outOf: e.countedParticipation.outOf })
              : t(`countedNoTotal.${e.countedParticipation.group}`, { count: e.countedParticipation.count })}{' '}
            {t('namesUnknown')}
          </Text>
        ) : null}
        {e.participation.length ? (
          <DataTable
            caption={t('participationCaption')}
            header={[t('country'), t('role')]}
            rows={e.participation.map((p) => [
              <span key="c">
                <Anchor component={Link} to={`/countries/${p.country.iso3}`}>
                  {p.country.name}
                </Anchor>
                <LanguageMark served={p.country.nameLanguage} />
                {p.country.isChampion ? (
                  <Badge size="xs" variant="light" ml={6}>
                    {t('champion')}
                  </Badge>
                ) : null}
              </span>,
              t(`roles.${p.role}`),
            ])}
          />
        ) : e.countedParticipation ? null : (
          <Text size="sm">{t('noParticipation')}</Text>
        )}
      </section>
      {e.goodPractices.length || e.pledges.length ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <section aria-labelledby="practices">
            <Title order={2} size="h4" id="practices">
              {t('goodPractices')}
            </Title>
            <List>
              {e.goodPractices.map((p) => (
                <List.Item key={p.id}>
                  <Anchor component={Link} to={`/practices/${p.id}`} lang={p.language.toLowerCase()}>
                    {p.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </section>
          <section aria-labelledby="pledges">
            <Title order={2} size="h4" id="pledges">
              {t('pledges')}
            </Title>
            <List>
              {e.pledges.map((p) => (
                <List.Item key={p.pledge.id}>
                  <Anchor component={Link} to={`/pledges/${p.pledge.id}`} lang={p.pledge.language.toLowerCase()}>
                    {p.pledge.title}
                  </Anchor>{' '}
                  ({t(`pledgeRelations.${p.relation}`)})
                </List.Item>
              ))}
            </List>
          </section>
        </SimpleGrid>
      ) : null}
      {e.note ? (
        <Text size="sm" c="dimmed">
          {e.note}
        </Text>
      ) : null}
      {e.outcomeLinks.length ? (
        <section aria-labelledby="outcomes">
          <Title order={2} size="h4" id="outcomes">
            {t('outcomes')}
          </Title>
          <List>
            {e.outcomeLinks.map((l) => (
              <List.Item key={l}>
                <Anchor href={l}>{l}</Anchor>
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
      <section aria-labelledby="sources">
        <Title order={2} size="h4" id="sources">
          {t('sources')}
        </Title>
        <List size="sm">
          {e.sources.map((s) => (
            <List.Item key={s}>{/^https?:\/\//.test(s) ? <Anchor href={s.split(' ')[0]}>{s}</Anchor> : s}</List.Item>
          ))}
        </List>
      </section>
    </Stack>
  );
}
