import { Alert, Anchor, Badge, Group, List, Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { LanguageMark } from '../../components/LanguageMark';
import { PledgeStatusBadge } from '../../components/PledgeStatusBadge';
import { graphql } from '../../graphql/graphql';
import { formatDate } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { mayChange } from './pledge-fields';

const PledgeQuery = graphql(`
  query Pledge($id: ID!, $lang: Language!) {
    pledge(id: $id, lang: $lang) {
      id
      title
      description
      target
      targetDate
      language
      status
      statusDate
      isOverdue
      isGlobal
      nature
      type
      byChampionCountry
      cycle {
        code
        name
      }
      pledgingEntity {
        kind
        name
        countryIso3
      }
      pledgingCountry {
        iso3
        name
      }
      implementationCountries {
        iso3
        name
      }
      objectives {
        isMain
        objective {
          number
          shortTitle
        }
      }
      guidingPrinciples {
        number
        name
      }
      participants {
        name
        kind
      }
      goodPractice {
        id
        title
      }
      updates {
        id
        date
        status
        previousStatus
        narrative
        evidenceLinks
      }
    }
  }
`);

/** Evidence links are shown as links only when they are web addresses. */
const isWebAddress = (href: string): boolean => /^https?:\/\//i.test(href);

/** One pledge: what, by whom, towards which objectives, and its dated updates with their evidence. */
export function PledgePage() {
  const { t, i18n } = useTranslation('pledges');
  const lng = i18n.language;
  const id = useParams().id ?? '';
  const { account } = useSession();
  const [{ data, error }] = useQuery({ query: PledgeQuery, variables: { id, lang: apiLanguage(lng) } });
  if (error) return <Alert color="red">{error.graphQLErrors[0]?.extensions.code === 'NOT_FOUND' ? t('notFound') : error.message}</Alert>;
  const p = data?.pledge;
  if (!p) return <Skeleton height={300} />;
  return (
    <Stack>
      <Anchor component={Link} to="/pledges" size="sm">
        ← {t('backToList')}
      </Anchor>
      <Title order={1} lang={p.language.toLowerCase()}>
        {p.title}
        <LanguageMark served={p.language} />
      </Title>
      <Group gap="xs">
        <PledgeStatusBadge status={p.status} />
        <Text size="sm">{t('since', { date: formatDate(p.statusDate, lng) })}</Text>
        {p.isOverdue ? <Badge color="red.9">{t('overdue')}</Badge> : null}
        {p.byChampionCountry ? (
          <Badge color="orange.9" variant="filled">
            {t('byChampion')}
          </Badge>
        ) : null}
        <Badge variant="outline">{t(`natures.${p.nature}`)}</Badge>
        <Badge variant="outline">{t(`types.${p.type}`)}</Badge>
      </Group>
      {mayChange(account, p) ? (
        <Group gap="md" data-actions>
          <Anchor component={Link} to={`/pledges/${p.id}/edit`}>
            {t('mine.editThis')}
          </Anchor>
          <Anchor component={Link} to={`/pledges/${p.id}/update`}>
            {t('mine.recordUpdate')}
          </Anchor>
        </Group>
      ) : null}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text>
            <strong>{t('pledgedBy')}:</strong>{' '}
            {p.pledgingCountry ? (
              <Anchor component={Link} to={`/countries/${p.pledgingCountry.iso3}`}>
                {p.pledgingCountry.name}
              </Anchor>
            ) : (
              (p.pledgingEntity.name ?? '')
            )}{' '}
            ({t(`entityKinds.${p.pledgingEntity.kind}`)})
          </Text>
          {p.participants.length ? (
            <Text>
              <strong>{t('participants')}:</strong> {p.participants.map((x) => x.name).join(', ')}
            </Text>
          ) : null}
          <Text>
            <strong>{t('implementedIn')}:</strong>{' '}
            {p.isGlobal ? t('global') : p.implementationCountries.map((c) => c.name).join(', ') || '–'}
          </Text>
          {p.cycle ? (
            <Text>
              <strong>{t('cycle')}:</strong> {p.cycle.name}
            </Text>
          ) : null}
          <Text>
            <strong>{t('objectives')}:</strong>{' '}
            {p.objectives.map((o, i) => (
              <span key={o.objective.number}>
                {i ? ', ' : ''}
                <Anchor component={Link} to={`/objectives/${o.objective.number}`}>
                  {o.objective.number}. {o.objective.shortTitle}
                </Anchor>
                {o.isMain ? ` (${t('main')})` : ''}
              </span>
            ))}
          </Text>
          {p.guidingPrinciples.length ? (
            <Text>
              <strong>{t('principles')}:</strong> {p.guidingPrinciples.map((g) => g.name).join(', ')}
            </Text>
          ) : null}
          <Text>
            <strong>{t('target')}:</strong> <span lang={p.language.toLowerCase()}>{p.target}</span> ({formatDate(p.targetDate, lng)})
          </Text>
          {p.goodPractice ? (
            <Text>
              <strong>{t('goodPractice')}:</strong>{' '}
              <Anchor component={Link} to={`/practices/${p.goodPractice.id}`}>
                {p.goodPractice.title}
              </Anchor>
            </Text>
          ) : null}
        </Stack>
      </Paper>
      <Text lang={p.language.toLowerCase()} style={{ whiteSpace: 'pre-line' }}>
        {p.description}
      </Text>
      <Title order={2} size="h3">
        {t('updates')}
      </Title>
      <Timeline active={p.updates.length - 1} bulletSize={18} lineWidth={2}>
        {p.updates.map((u) => (
          <Timeline.Item
            key={u.id}
            title={
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {formatDate(u.date, lng)}
                </Text>
                <PledgeStatusBadge status={u.status} />
              </Group>
            }
          >
            <Text size="sm" lang={p.language.toLowerCase()}>
              {u.narrative}
            </Text>
            {u.evidenceLinks.length ? (
              <List size="sm" mt={4}>
                {u.evidenceLinks.map((href) => (
                  <List.Item key={href}>
                    {isWebAddress(href) ? (
                      <Anchor href={href} rel="noopener noreferrer nofollow" target="_blank">
                        {href}
                      </Anchor>
                    ) : (
                      href
                    )}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
