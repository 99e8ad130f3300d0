import { MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The feature whose locale file names an editor's fields (the same keys in each). */
type EditorNamespace = 'pledges' | 'practices';

/** The language the record is written in (its texts are marked with it for screen readers). */
export function WritingLanguageSelect<Language extends string>({
  ns,
  languages,
  value,
  onChange,
  error,
  disabled,
}: {
  ns: EditorNamespace;
  languages: readonly Language[];
  value: Language;
  onChange: (language: Language) => void;
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation(ns);
  return (
    <Select
      label={t('fields.language')}
      description={t('editor.languageHelp')}
      data={languages.map((l) => ({ value: l, label: t(`languages.${l.toLowerCase()}`, { ns: 'common' }) }))}
      value={value}
      onChange={(v) => v && onChange(v as Language)}
      error={error}
      allowDeselect={false}
      disabled={disabled}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** The GCM objectives a record serves, and its main one among those chosen. */
export function ObjectiveSelects({
  ns,
  reference,
  objectives,
  mainObjective,
  onObjectives,
  onMainObjective,
  errors,
  disabled = false,
}: {
  ns: EditorNamespace;
  reference: readonly { number: number; shortTitle: string }[];
  objectives: number[];
  mainObjective: number | null;
  onObjectives: (objectives: number[]) => void;
  onMainObjective: (objective: number | null) => void;
  errors: { objectives?: string; mainObjective?: string };
  disabled?: boolean;
}) {
  const { t } = useTranslation(ns);
  const options = reference.map((o) => ({ value: String(o.number), label: `${o.number}. ${o.shortTitle}` }));
  return (
    <>
      <MultiSelect
        label={t('fields.objectives')}
        data={options}
        value={objectives.map(String)}
        onChange={(v) => onObjectives(v.map(Number))}
        error={errors.objectives}
        withAsterisk
        searchable
        disabled={disabled}
        nothingFoundMessage={t('editor.nothingFound')}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('fields.mainObjective')}
        description={t('editor.mainHelp')}
        data={options.filter((o) => objectives.includes(Number(o.value)))}
        value={mainObjective !== null && objectives.includes(mainObjective) ? String(mainObjective) : null}
        onChange={(v) => onMainObjective(v ? Number(v) : null)}
        error={errors.mainObjective}
        disabled={disabled || objectives.length === 0}
        comboboxProps={{ withinPortal: true }}
      />
    </>
  );
}
