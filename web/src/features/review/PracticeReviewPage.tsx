import { Anchor, Badge, Button, Grid, Group, List, Paper, Skeleton, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import type { ResultOf } from '../../graphql/graphql';
import { apiLanguage } from '../../lib/i18n';
import { type ApiError, apiErrorOf, messagesByField, otherFieldMessages } from '../../lib/field-errors';
import { formatDateTime } from '../reports/format-time';
import { Notice } from '../../components/Notice';
import { ConflictNotice } from './ConflictNotice';
import { MAX_REVIEW_TEXT, MIN_REVIEW_TEXT, textProblem } from './review-rules';
import { PublishPracticeMutation, ReturnPracticeMutation, ReviewPracticeQuery } from './review.operations';
import { focusFirstInvalid } from './focus-invalid';
import { SecretariatOnly } from './SecretariatOnly';

type ReviewedPractice = ResultOf<typeof ReviewPracticeQuery>['goodPractice'];
type Action = 'publish' | 'returnPractice';

/** The secretariat's review of a submitted good practice: publish it (with an optional note) or return it with a comment. */
export function PracticeReviewPage() {
  return (
    <SecretariatOnly>
      <PracticeReview />
    </SecretariatOnly>
  );
}

function PracticeReview() {
  const { i18n } = useTranslation('review');
  const id = useParams().id ?? '';
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ReviewPracticeQuery,
    variables: { id, lang: apiLanguage(i18n.language) },
    requestPolicy: 'network-only',
  });
  if (error && !data) return <Notice color="red">{apiErrorOf(error).message}</Notice>;
  if (!data) return <Skeleton height={500} />;
  return (
    <PracticeView
      key={data.goodPractice.id}
      initial={data.goodPractice}
      reloading={fetching}
      reload={() => reexecute({ requestPolicy: 'network-only' })}
    />
  );
}

function PracticeView({ initial, reload, reloading }: { initial: ReviewedPractice; reload: () => void; reloading: boolean }) {
  const { t, i18n } = useTranslation('review');
  const { t: tp } = useTranslation('practices');
  const lng = i18n.language;
  const client = useClient();
  const [practice, setPractice] = useState(initial);
  const [publishNote, setPublishNote] = useState('');
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ action: Action; r: ApiError } | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    setPractice(initial);
    setRefusal(null);
  }, [initial]);

  async function run(action: Action): Promise<void> {
    setDone(null);
    setRefusal(null);
    let result;
    if (action === 'returnPractice') {
      const p = textProblem(comment, MIN_REVIEW_TEXT);
      if (p) {
        setLocal(t(`errors.${p}`, { min: MIN_REVIEW_TEXT }));
        return;
      }
    }
    setLocal(null);
    setBusy(action);
    try {
      result =
        action === 'publish'
          ? await client
              .mutation(PublishPracticeMutation, { id: practice.id, version: practice.version, comment: publishNote.trim() || null })
              .toPromise()
          : await client
              .mutation(ReturnPracticeMutation, { id: practice.id, version: practice.version, comment: comment.trim() })
              .toPromise();
    } finally {
      setBusy(null);
    }
    if (result.error) {
      setRefusal({ action, r: apiErrorOf(result.error) });
      return;
    }
    const d = result.data;
    const next = d && ('publishGoodPractice' in d ? d.publishGoodPractice : d.returnGoodPractice);
    if (next) setPractice(next);
    setComment('');
    setPublishNote('');
    setDone(t(`done.${action}`));
  }

  const apiError = (action: Action, field: string) =>
    refusal?.action === action ? messagesByField(refusal.r)[field]?.join('; ') : undefined;
  const refusalNotice = (action: Action) =>
    refusal?.action === action ? (
      refusal.r.code === 'CONFLICT' ? (
        <ConflictNotice onReload={reload} reloading={reloading} />
      ) : (
        <Notice color="red" role="alert" title={t('errors.title')}>
          {t(`errors.${refusal.r.code ?? 'OTHER'}`, { defaultValue: refusal.r.message })}
          {refusal.r.code === 'BAD_USER_INPUT' ? '' : ` (${refusal.r.message})`}
          {otherFieldMessages(refusal.r, ['comment']).map((m) => (
            <Text key={m} size="sm">
              {m}
            </Text>
          ))}
        </Notice>
      )
    ) : null;

  const lang = practice.language.toLowerCase();
  return (
    <Stack>
      <Anchor component={Link} to="/review" size="sm">
        {t('backToQueue')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} lang={lang}>
            {practice.title}
          </Title>
          <Text c="dimmed">
            {t('practice.subtitle', {
              country: practice.ownerCountry?.name ?? '–',
              type: tp(`types.${practice.practiceType}`),
              scope: tp(`scopes.${practice.scope}`),
            })}
          </Text>
        </div>
        <Badge
          color={practice.status === 'PUBLISHED' ? 'green.9' : practice.status === 'RETURNED' ? 'red.9' : 'blue.8'}
          data-status={practice.status}
        >
          {t(`practiceStatus.${practice.status}`)}
        </Badge>
      </Group>
      {done ? (
        <Notice color="green" role="status">
          {done}
        </Notice>
      ) : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Paper withBorder p="md" component="section" aria-labelledby="practice-content">
              <Stack gap="sm">
                <Title order={2} size="h4" id="practice-content">
                  {t('practice.content')}
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap' }} lang={lang}>
                  {practice.summary}
                </Text>
                {practice.results ? (
                  <div>
                    <Text size="sm" fw={600} component="h3">
                      {t('practice.results')}
                    </Text>
                    <Text style={{ whiteSpace: 'pre-wrap' }} lang={lang}>
                      {practice.results}
                    </Text>
                  </div>
                ) : null}
                {practice.lessonsLearned ? (
                  <div>
                    <Text size="sm" fw={600} component="h3">
                      {t('practice.lessons')}
                    </Text>
                    <Text style={{ whiteSpace: 'pre-wrap' }} lang={lang}>
                      {practice.lessonsLearned}
                    </Text>
                  </div>
                ) : null}
                <Text size="sm">
                  {t('practice.objectives', { list: practice.objectives.map((o) => o.objective.number).join(', ') || '–' })}
                </Text>
                <Text size="sm">{t('practice.countries', { list: practice.countries.map((c) => c.name).join(', ') || '–' })}</Text>
                <Text size="sm">
                  {t('practice.years', { start: practice.startYear, end: practice.ongoing ? tp('ongoing') : (practice.endYear ?? '–') })}
                </Text>
                {practice.links.length ? (
                  <List size="sm">
                    {practice.links.map((l) => (
                      <List.Item key={l}>
                        <Anchor href={l} rel="noopener noreferrer" target="_blank">
                          {l}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                ) : null}
              </Stack>
            </Paper>
            {practice.status === 'SUBMITTED' ? (
              <>
                <Paper withBorder p="md" component="section" aria-labelledby="publish-title">
                  <form
                    noValidate
                    onSubmit={(e) => {
                      e.preventDefault();
                      const form = e.currentTarget;
                      void run('publish').then(() => focusFirstInvalid(form));
                    }}
                  >
                    <Stack gap="sm">
                      <Title order={2} size="h4" id="publish-title">
                        {t('publish.title')}
                      </Title>
                      <Textarea
                        label={t('publish.note')}
                        description={t('publish.noteHelp')}
                        value={publishNote}
                        onChange={(e) => setPublishNote(e.currentTarget.value)}
                        error={apiError('publish', 'comment')}
                        maxLength={MAX_REVIEW_TEXT}
                        autosize
                        minRows={2}
                      />
                      {refusalNotice('publish')}
                      <div>
                        <Button type="submit" color="green.9" loading={busy === 'publish'}>
                          {t('publish.submit')}
                        </Button>
                      </div>
                    </Stack>
                  </form>
                </Paper>
                <Paper withBorder p="md" component="section" aria-labelledby="return-practice-title">
                  <form
                    noValidate
                    onSubmit={(e) => {
                      e.preventDefault();
                      const form = e.currentTarget;
                      void run('returnPractice').then(() => focusFirstInvalid(form));
                    }}
                  >
                    <Stack gap="sm">
                      <Title order={2} size="h4" id="return-practice-title">
                        {t('returnPractice.title')}
                      </Title>
                      <Textarea
                        label={t('returnPractice.comment')}
                        value={comment}
                        onChange={(e) => {
                          setComment(e.currentTarget.value);
                          setLocal(null);
                        }}
                        error={local ?? apiError('returnPractice', 'comment')}
                        withAsterisk
                        required
                        maxLength={MAX_REVIEW_TEXT}
                        autosize
                        minRows={3}
                      />
                      {refusalNotice('returnPractice')}
                      <div>
                        <Button type="submit" color="red.9" loading={busy === 'returnPractice'}>
                          {t('returnPractice.submit')}
                        </Button>
                      </div>
                    </Stack>
                  </form>
                </Paper>
              </>
            ) : (
              <Notice color="blue">{t('practice.notSubmitted')}</Notice>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="practice-thread">
            <Stack gap="sm">
              <Title order={2} size="h4" id="practice-thread">
                {t('practice.thread')}
              </Title>
              {(practice.reviewHistory ?? []).length === 0 ? <Text size="sm">{t('practice.noThread')}</Text> : null}
              <Timeline bulletSize={14} lineWidth={2} active={(practice.reviewHistory ?? []).length - 1}>
                {(practice.reviewHistory ?? []).map((s) => (
                  <Timeline.Item key={`${s.actedAt}-${s.action}`} title={t(`practiceAction.${s.action}`)} data-step={s.action}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(s.actedAt, lng)} · {s.actedBy}
                    </Text>
                    {s.comment ? (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {s.comment}
                      </Text>
                    ) : null}
                  </Timeline.Item>
                ))}
              </Timeline>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
