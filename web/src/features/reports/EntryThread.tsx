import { Notice } from './Notice';
import { Button, Paper, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { formatDateTime } from './format-time';
import type { EditorEntry } from './EntryEditorPage';
import { refusalOf } from './field-errors';
import { CommentMutation } from './reports.operations';

const MAX_COMMENT = 5000;

/** Beside the editor: the entry's comment thread (with a form to add one) and its history. */
export function EntryThread({ entry, onCommented }: { entry: EditorEntry | null; onCommented: (e: EditorEntry) => void }) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language;
  const client = useClient();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const history = entry?.history ?? [];
  const thread = history.filter((e) => e.comment);

  const add = async () => {
    if (!entry) return;
    if (!comment.trim()) {
      setError(t('thread.empty'));
      return;
    }
    setBusy(true);
    const res = await client.mutation(CommentMutation, { id: entry.id, comment }).toPromise();
    setBusy(false);
    if (res.error) {
      const r = refusalOf(res.error);
      setError(r.fields.comment?.join('; ') ?? r.message);
      return;
    }
    setError(null);
    setComment('');
    if (res.data) onCommented(res.data.commentOnProgressEntry);
  };

  return (
    <Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="thread-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="thread-title">
            {t('thread.title')}
          </Title>
          {thread.length === 0 ? <Text size="sm">{t('thread.none')}</Text> : null}
          {thread.map((e) => (
            <Paper key={`${e.actedAt}-${e.action}`} p="xs" bg="gray.0" data-comment={e.action}>
              <Text size="xs" c="dimmed">
                {t(`actions.${e.action}`)} · {e.actedBy}
                {e.actedByRole ? ` (${t(`roles.${e.actedByRole}`, { defaultValue: e.actedByRole })})` : ''} ·{' '}
                {formatDateTime(e.actedAt, lng)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {e.comment}
              </Text>
            </Paper>
          ))}
          {entry ? (
            <form
              onSubmit={(ev) => {
                ev.preventDefault();
                void add();
              }}
            >
              <Stack gap="xs">
                <Textarea
                  label={t('thread.add')}
                  value={comment}
                  onChange={(ev) => {
                    setComment(ev.currentTarget.value);
                    setError(null);
                  }}
                  error={error}
                  maxLength={MAX_COMMENT}
                  autosize
                  minRows={2}
                />
                <div>
                  <Button type="submit" size="xs" loading={busy}>
                    {t('thread.send')}
                  </Button>
                </div>
              </Stack>
            </form>
          ) : (
            <Notice color="gray">{t('thread.afterFirstSave')}</Notice>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="history-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="history-title">
            {t('history.title')}
          </Title>
          {history.length === 0 ? <Text size="sm">{t('history.none')}</Text> : null}
          <Timeline bulletSize={14} lineWidth={2} active={history.length - 1}>
            {history.map((e) => (
              <Timeline.Item key={`${e.actedAt}-${e.action}`} title={t(`actions.${e.action}`)}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.actedAt, lng)} · {e.actedBy}
                </Text>
                {e.fromState && e.fromState !== e.toState ? (
                  <Text size="xs">
                    {t(`entryState.${e.fromState}`)} → {t(`entryState.${e.toState}`)}
                  </Text>
                ) : null}
                {e.changedFields.length ? (
                  <Text size="xs">
                    {t('history.changed', { fields: e.changedFields.map((f) => t(`fields.${f}`, { defaultValue: f })).join(', ') })}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </Paper>
    </Stack>
  );
}
