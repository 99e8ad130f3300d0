import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { apiErrorOf } from '../lib/field-errors';
import { Notice } from './Notice';

/** Why an editor cannot show the record it was opened on: not found, or the API's own message. */
export function LoadFailure({ error, notFound }: { error: CombinedError; notFound: string }) {
  const e = apiErrorOf(error);
  return <Notice color="red">{e.code === 'NOT_FOUND' ? notFound : e.message}</Notice>;
}

/** An editor's top: the way back, its title with what is edited below it, and the record's status on the right. */
export function EditorHeading({
  back,
  backLabel,
  title,
  subtitle,
  status,
}: {
  back: string;
  backLabel: string;
  title: string;
  subtitle: ReactNode;
  status?: ReactNode;
}) {
  return (
    <>
      <Anchor component={Link} to={back} size="sm">
        ← {backLabel}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{title}</Title>
          {subtitle}
        </div>
        {status}
      </Group>
    </>
  );
}

/** The form of an editor: a titled panel whose submit (the button or Enter) calls `onSubmit`. */
export function EditorForm({
  formRef,
  titleId,
  title,
  onSubmit,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  titleId: string;
  title: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      ref={formRef as RefObject<HTMLFormElement>}
      noValidate
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Stack>
        <Title order={2} size="h3" id={titleId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** What the last action did (saved, submitted, recorded), said politely. */
export function DoneNotice({ notice }: { notice: string | null }) {
  return notice ? (
    <Notice color="green" role="status" data-notice="done">
      {notice}
    </Notice>
  ) : null;
}

/** Beside the save button: that the form holds unsaved changes, or which stored version it shows. */
export function SavedState({ dirty, unsaved, saved }: { dirty: boolean; unsaved: string; saved: string }) {
  return (
    <Text size="sm" c="dimmed" data-unsaved={dirty || undefined}>
      {dirty ? unsaved : saved}
    </Text>
  );
}

/** What the API refused, in the page's words: `detail` (the API's own message) in brackets, then the field errors no field shows. */
export function RefusalNotice({
  title,
  message,
  detail,
  lines = [],
}: {
  title: string;
  message: string;
  detail?: string;
  lines?: string[];
}) {
  return (
    <Notice color="red" role="alert" title={title} data-notice="refused">
      {message}
      {detail !== undefined ? ` (${detail})` : ''}
      {lines.map((m) => (
        <Text key={m} size="sm">
          {m}
        </Text>
      ))}
    </Notice>
  );
}
