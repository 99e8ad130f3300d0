import { Notice } from './Notice';
import { Button, List, Radio, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format-time';
import type { EditorEntry } from './EntryEditorPage';
import { type Choice, type EntryField, type EntryFields, type FieldConflict, fieldsOfEntry, mergeFields } from './entry-fields';

/**
 * Someone else saved the entry first: what they changed against what the user typed, field by
 * field, with a choice for each (keep mine / take theirs), then one save on their version.
 */
export function ConflictPanel({
  conflicts,
  mine,
  theirs,
  pledgeLabel,
  practiceLabel,
  onMerge,
  busy,
}: {
  conflicts: FieldConflict[];
  mine: EntryFields;
  theirs: EditorEntry;
  pledgeLabel: (id: string) => string;
  practiceLabel: (id: string) => string;
  onMerge: (merged: EntryFields) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation('reports');
  const [choices, setChoices] = useState<Partial<Record<EntryField, Choice>>>({});
  const editor = [...(theirs.history ?? [])].reverse().find((e) => e.action === 'UPDATED' || e.action === 'CREATED');
  const editable = theirs.state === 'DRAFT' || theirs.state === 'RETURNED';

  const show = (field: EntryField, value: EntryFields[EntryField]): string => {
    if (field === 'reportedLevel') return value ? t(`levels.${value as string}.name`) : '–';
    if (Array.isArray(value)) {
      if (!value.length) return t('conflict.none');
      const label = field === 'pledgeIds' ? pledgeLabel : field === 'practiceIds' ? practiceLabel : (v: string) => v;
      return value.map(label).join('; ');
    }
    return (value as string).trim() || t('conflict.empty');
  };

  return (
    <Notice color="orange" role="alert" title={t('conflict.title')} data-conflict>
      <Stack gap="sm">
        <Text size="sm">
          {editor
            ? t('conflict.intro', { who: editor.actedBy, date: formatDateTime(editor.actedAt, i18n.language), version: theirs.version })
            : t('conflict.introAnonymous', { version: theirs.version })}{' '}
          {t('conflict.kept')}
        </Text>
        {!editable ? <Text size="sm">{t(`editor.readOnly.${theirs.state}`)}</Text> : null}
        {conflicts.length === 0 ? <Text size="sm">{t('conflict.same')}</Text> : null}
        {conflicts.length ? (
          <Table.ScrollContainer minWidth={420}>
            <Table withTableBorder>
              <Table.Caption>{t('conflict.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('conflict.field')}</Table.Th>
                  <Table.Th>{t('conflict.theirs')}</Table.Th>
                  <Table.Th>{t('conflict.mine')}</Table.Th>
                  <Table.Th>{t('conflict.keep')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {conflicts.map((c) => (
                  <Table.Tr key={c.field} data-conflict-field={c.field}>
                    <Table.Th scope="row">{t(`fields.${c.field}`)}</Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }} data-side="theirs">
                      {show(c.field, c.theirs)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }} data-side="mine">
                      {show(c.field, c.mine)}
                    </Table.Td>
                    <Table.Td>
                      <Radio.Group
                        label={<VisuallyHidden>{t('conflict.choiceFor', { field: t(`fields.${c.field}`) })}</VisuallyHidden>}
                        value={choices[c.field] ?? c.proposed}
                        onChange={(v) => setChoices((s) => ({ ...s, [c.field]: v as Choice }))}
                      >
                        <Stack gap={4}>
                          <Radio value="mine" label={t('conflict.keepMine')} />
                          <Radio value="theirs" label={t('conflict.takeTheirs')} />
                        </Stack>
                      </Radio.Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {conflicts.some((c) => c.changedByThem) ? (
          <List size="sm">
            {conflicts
              .filter((c) => c.changedByThem)
              .map((c) => (
                <List.Item key={c.field}>{t('conflict.theyChanged', { field: t(`fields.${c.field}`) })}</List.Item>
              ))}
          </List>
        ) : null}
        <div>
          <Button onClick={() => onMerge(mergeFields(mine, fieldsOfEntry(theirs), conflicts, choices))} loading={busy}>
            {editable ? t('conflict.saveMerged', { version: theirs.version }) : t('conflict.useMerged')}
          </Button>
        </div>
      </Stack>
    </Notice>
  );
}
