import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MergeNotice } from '../../components/MergeNotice';
import { formatDateTime } from './format-time';
import type { EditorEntry } from './EntryEditorPage';
import { type EntryField, type EntryFields, type FieldConflict, fieldsOfEntry, mergeFields } from './entry-fields';

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
    <MergeNotice<EntryField>
      title={t('conflict.title')}
      intro={
        <>
          {editor
            ? t('conflict.intro', { who: editor.actedBy, date: formatDateTime(editor.actedAt, i18n.language), version: theirs.version })
            : t('conflict.introAnonymous', { version: theirs.version })}{' '}
          {t('conflict.kept')}
        </>
      }
      rows={conflicts.map((c) => ({
        field: c.field,
        label: t(`fields.${c.field}`),
        theirs: show(c.field, c.theirs),
        mine: show(c.field, c.mine),
        proposed: c.proposed,
        changedByThem: c.changedByThem,
      }))}
      mergeLabel={editable ? t('conflict.saveMerged', { version: theirs.version }) : t('conflict.useMerged')}
      onMerge={(choices) => onMerge(mergeFields(mine, fieldsOfEntry(theirs), conflicts, choices))}
      busy={busy}
    >
      {!editable ? <Text size="sm">{t(`editor.readOnly.${theirs.state}`)}</Text> : null}
    </MergeNotice>
  );
}
