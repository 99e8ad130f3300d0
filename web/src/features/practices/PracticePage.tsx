import { Alert, Anchor, Badge, Button, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LanguageMark, MarkedText } from '../../components/LanguageMark';
import { graphql } from '../../graphql/graphql';
import { formatDate } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { useSession } from '../../app/session';
import { Notice } from '../../components/Notice';
import { mayEdit, mayReview, returnComment } from './practice-fields';
import { PracticeStatusBadge } from './PracticeStatusBadge';
import { ReviewThread } from './ReviewThread';

const PracticeQuery = graphql(`
  query GoodPractice($id: ID!, $lang: Language!) {
    goodPractice(id: $id, lang: $lang) {
      id
      title
      summary
      results
      lessonsLearned
      language
      practiceType
      scope
      status
      startYear
      endYear
      ongoing
      publishedAt
      implementingPartners
      links
      sdgs
      countries {
        iso3
        name
        nameLanguage
      }
      regions {
        code
        name
        nameLanguage
      }
      objectives {
        isMain
        objective {
          number
          shortTitle
          shortTitleLanguage
        }
      }
      guidingPrinciples {
        number
        name
        nameLanguage
      }
      fromPledge {
        id
        title
      }
      version
      ownerCountryIso3
      reviewHistory {
        action
        comment
        actedAt
        actedBy
      }
    }
  }
`);

const isWebAddress = (href: string): boolean => /^https?:\/\//i.test(href);

/** One good practice, in the language it was written in (marked when not the page's). */
export function PracticePage() {
  const { t, i18n } = useTranslation('practices');
  const lng = i18n.language;
  const id = useParams().id ?? '';
  const { account } = useSession();
  const [{ data, error }] = useQuery({
    query: PracticeQuery,
    variables: { id, lang: apiLanguage(lng) },
    // Drafts change while their keepers work on them: read them afresh.
    requestPolicy: account ? 'cache-and-network' : 'cache-first',
  });
  if (error) return <Alert color="red">{error.graphQLErrors[0]?.extensions.code === 'NOT_FOUND' ? t('notFound') : error.message}</Alert>;
  const p = data?.goodPractice;
  if (!p) return <Skeleton height={300} />;
  const textLang = p.language.toLowerCase();
  const section = (title: string, text: string | null) =>
    text ? (
      <Stack gap={4}>
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text lang={textLang} style={{ whiteSpace: 'pre-line' }}>
          {text}
        </Text>
      </Stack>
    ) : null;
  return (
    <Stack>
      <Anchor component={Link} to="/practices" size="sm">
        ← {t('backToList')}
      </Anchor>
      <Title order={1} lang={textLang}>
        {p.title}
        <LanguageMark served={p.language} />
      </Title>
      <Group gap="xs">
        <Badge variant="outline">{t(`types.${p.practiceType}`)}</Badge>
        <Badge variant="outline">{t(`scopes.${p.scope}`)}</Badge>
        <Text size="sm">
          {p.startYear}–{p.ongoing ? t('ongoing') : (p.endYear ?? '')}
        </Text>
        {p.publishedAt ? <Text size="sm">{t('published', { date: formatDate(p.publishedAt, lng) })}</Text> : null}
        {p.status !== 'PUBLISHED' ? <PracticeStatusBadge status={p.status} /> : null}
      </Group>
      {p.status === 'RETURNED' && returnComment(p.reviewHistory) ? (
        <Notice color="red" title={t('editor.returnedTitle')} data-notice="returned">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {returnComment(p.reviewHistory)}
          </Text>
        </Notice>
      ) : null}
      {mayEdit(account, p) || mayReview(account, p) ? (
        <Group gap="xs" data-actions>
          {mayEdit(account, p) ? (
            <Button component={Link} to={`/practices/${p.id}/edit`} size="sm">
              {p.status === 'RETURNED' ? t('actions.fix') : t('actions.edit')}
            </Button>
          ) : null}
          {mayReview(account, p) ? (
            <Button component={Link} to={`/review/practices/${p.id}`} size="sm" variant="default">
              {t('actions.review')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      <Paper withBorder p="md">
        <Stack gap="xs">
          {p.countries.length ? (
            <Text>
              <strong>{t('countries')}:</strong>{' '}
              {p.countries.map((c, i) => (
                <span key={c.iso3}>
                  {i ? ', ' : ''}
                  <Anchor component={Link} to={`/countries/${c.iso3}`}>
                    {c.name}
                  </Anchor>
                  <LanguageMark served={c.nameLanguage} />
                </span>
              ))}
            </Text>
          ) : null}
          {p.regions.length ? (
            <Text>
              <strong>{t('regions')}:</strong>{' '}
              {p.regions.map((r, i) => (
                <span key={r.code}>
                  {i ? ', ' : ''}
                  <MarkedText text={r.name} served={r.nameLanguage} />
                </span>
              ))}
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
                <LanguageMark served={o.objective.shortTitleLanguage} />
                {o.isMain ? ` (${t('main')})` : ''}
              </span>
            ))}
          </Text>
          {p.guidingPrinciples.length ? (
            <Text>
              <strong>{t('principles')}:</strong>{' '}
              {p.guidingPrinciples.map((g, i) => (
                <span key={g.number}>
                  {i ? ', ' : ''}
                  <MarkedText text={g.name} served={g.nameLanguage} />
                </span>
              ))}
            </Text>
          ) : null}
          {p.sdgs.length ? (
            <Text>
              <strong>{t('sdgs')}:</strong> {p.sdgs.join(', ')}
            </Text>
          ) : null}
          {p.implementingPartners.length ? (
            <Text>
              <strong>{t('partners')}:</strong> {p.implementingPartners.join(', ')}
            </Text>
          ) : null}
          {p.fromPledge ? (
            <Text>
              <strong>{t('fromPledge')}:</strong>{' '}
              <Anchor component={Link} to={`/pledges/${p.fromPledge.id}`}>
                {p.fromPledge.title}
              </Anchor>
            </Text>
          ) : null}
        </Stack>
      </Paper>
      {section(t('summary'), p.summary)}
      {section(t('results'), p.results)}
      {section(t('lessons'), p.lessonsLearned)}
      {p.links.length ? (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('links')}
          </Title>
          <List size="sm">
            {p.links.map((href) => (
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
        </Stack>
      ) : null}
      {p.reviewHistory?.length ? <ReviewThread steps={p.reviewHistory} /> : null}
    </Stack>
  );
}
