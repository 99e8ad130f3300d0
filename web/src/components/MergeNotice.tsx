import { Button, List, Radio, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from './Notice';

export type MergeChoice = 'mine' | 'theirs';

/** One field where the stored version (theirs) and the form (mine) differ, as the page shows them. */
export interface MergeRow<F extends string = string> {
  field: F;
  label: string;
  /** The two values as text. */
  theirs: string;
  mine: string;
  /** Which one to keep unless the user says otherwise (mine where the user changed it). */
  proposed: MergeChoice;
  changedByThem: boolean;
}

/**
 * Someone else saved the record first (CONFLICT): their version against what the user typed,
 * field by field, with a choice for each (keep mine / take theirs), then one step (`onMerge`
 * with the choices) that saves on their version. Nothing typed is lost: it stays in the form
 * until the user chooses. Shared by the editors of entries and pledges.
 */
export function MergeNotice<F extends string>({
  title,
  intro,
  rows,
  mergeLabel,
  onMerge,
  busy,
  children,
}: {
  title: string;
  intro: ReactNode;
  rows: MergeRow<F>[];
  mergeLabel: string;
  onMerge: (choices: Record<F, MergeChoice>) => void;
  busy: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Partial<Record<F, MergeChoice>>>({});
  const chosen = Object.fromEntries(rows.map((r) => [r.field, choices[r.field] ?? r.proposed])) as Record<F, MergeChoice>;

  return (
    <Notice color="orange" role="alert" title={title} data-conflict>
      <Stack gap="sm">
        <Text size="sm">{intro}</Text>
        {children}
        {rows.length === 0 ? <Text size="sm">{t('merge.same')}</Text> : null}
        {rows.length ? (
          <Table.ScrollContainer minWidth={420}>
            <Table withTableBorder captionSide="top">
              <Table.Caption style={{ textAlign: 'left' }}>{t('merge.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('merge.field')}</Table.Th>
                  <Table.Th>{t('merge.theirs')}</Table.Th>
                  <Table.Th>{t('merge.mine')}</Table.Th>
                  <Table.Th>{t('merge.keep')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.field} data-conflict-field={r.field}>
                    <Table.Th scope="row">{r.label}</Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }} data-side="theirs">
                      {r.theirs}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }} data-side="mine">
                      {r.mine}
                    </Table.Td>
                    <Table.Td>
                      <Radio.Group
                        label={<VisuallyHidden>{t('merge.choiceFor', { field: r.label })}</VisuallyHidden>}
                        value={chosen[r.field]}
                        onChange={(v) => setChoices((s) => ({ ...s, [r.field]: v as MergeChoice }))}
                      >
                        <Stack gap={4}>
                          <Radio value="mine" label={t('merge.keepMine')} />
                          <Radio value="theirs" label={t('merge.takeTheirs')} />
                        </Stack>
                      </Radio.Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {rows.some((r) => r.changedByThem) ? (
          <List size="sm">
            {rows
              .filter((r) => r.changedByThem)
              .map((r) => (
                <List.Item key={r.field}>{t('merge.theyChanged', { field: r.label })}</List.Item>
              ))}
          </List>
        ) : null}
        <div>
          <Button onClick={() => onMerge(chosen)} loading={busy}>
            {mergeLabel}
          </Button>
        </div>
      </Stack>
    </Notice>
  );
}
