import { Anchor, Button, FileInput, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { Notice } from '../../components/Notice';
import type { ResultOf } from '../../graphql/graphql';
import { downloadCsv } from '../../lib/csv';
import { type ApiError, apiErrorOf } from '../../lib/field-errors';
import { uploadContext } from '../../lib/graphql-client';
import { formatNumber } from '../../lib/format';
import { RequireAccount } from '../accounts/RequireAccount';
import { IMPORT_COLUMNS, importProblems, REQUIRED_IMPORT_COLUMNS, TEMPLATE_ROWS } from './pledge-import';
import { ImportPledgesMutation } from './pledges.operations';

type ImportResult = ResultOf<typeof ImportPledgesMutation>['importPledges'];

/** The secretariat imports pledges from a CSV file: a dry run first, its row and field errors as a table, then the import. */
export function PledgeImportPage() {
  return <RequireAccount roles={['SECRETARIAT']}>{() => <PledgeImport />}</RequireAccount>;
}

function PledgeImport() {
  const { t, i18n } = useTranslation('pledges');
  const lng = i18n.language;
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  /** The dry run of the file chosen (cleared when another file is chosen). */
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'import');
    setRefusal(null);
    setImported(null);
    const res = await client.mutation(ImportPledgesMutation, { file, dryRun }, uploadContext()).toPromise();
    setBusy(null);
    if (res.error) {
      setChecked(null);
      setRefusal(apiErrorOf(res.error));
      return;
    }
    if (!res.data) return;
    if (dryRun) setChecked(res.data.importPledges);
    else {
      setChecked(null);
      setImported(res.data.importPledges);
    }
  };

  const problems = refusal ? importProblems(refusal.fields) : [];
  const n = (v: number) => formatNumber(v, lng);
  const counts = (r: ImportResult) =>
    t('import.counts', { rows: n(r.rows), created: n(r.created), updated: n(r.updated), unchanged: n(r.unchanged) });

  return (
    <Stack maw={1100}>
      <div>
        <Title order={1}>{t('import.title')}</Title>
        <Text c="dimmed">{t('import.intro')}</Text>
      </div>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('import.templateTitle')}
          </Title>
          <Text size="sm">{t('import.templateHelp', { columns: REQUIRED_IMPORT_COLUMNS.join(', ') })}</Text>
          <Text size="sm">{t('import.rulesHelp')}</Text>
          <div>
            <Button variant="default" onClick={() => downloadCsv('pledges-import-template.csv', [...IMPORT_COLUMNS], TEMPLATE_ROWS)}>
              {t('import.template')}
            </Button>
          </div>
        </Stack>
      </Paper>
      <Paper
        withBorder
        p="md"
        component="form"
        aria-labelledby="import-form-title"
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <Stack>
          <Title order={2} size="h3" id="import-form-title">
            {t('import.formTitle')}
          </Title>
          <FileInput
            label={t('import.file')}
            description={t('import.fileHelp')}
            accept=".csv,text/csv"
            value={file}
            onChange={(f) => {
              setFile(f);
              setChecked(null);
              setImported(null);
              setRefusal(null);
            }}
            withAsterisk
            maw={480}
          />
          <Group>
            <Button type="submit" variant={checked ? 'default' : 'filled'} disabled={!file} loading={busy === 'check'}>
              {t('import.check')}
            </Button>
            <Button type="button" disabled={!file || !checked} loading={busy === 'import'} onClick={() => void send(false)}>
              {checked ? t('import.importN', { count: checked.rows }) : t('import.import')}
            </Button>
          </Group>
          {!checked && file && !refusal && !imported ? (
            <Text size="sm" c="dimmed">
              {t('import.checkFirst')}
            </Text>
          ) : null}
          {checked ? (
            <Notice color="blue" role="status" title={t('import.checkedTitle')} data-result="dry-run">
              {counts(checked)} {t('import.nothingWritten')}
            </Notice>
          ) : null}
          {imported ? (
            <Notice color="green" role="status" title={t('import.doneTitle')} data-result="imported">
              {counts(imported)}{' '}
              <Anchor component={Link} to="/pledges">
                {t('import.seePledges')}
              </Anchor>
            </Notice>
          ) : null}
          {refusal ? (
            <Notice color="red" role="alert" title={t('import.refusedTitle')} data-result="refused">
              <Text size="sm">
                {refusal.code === 'BAD_USER_INPUT' && problems.length ? t('import.refused', { count: problems.length }) : refusal.message}
              </Text>
            </Notice>
          ) : null}
          {problems.length ? (
            <Table.ScrollContainer minWidth={560}>
              <Table withTableBorder striped captionSide="top" data-problems={problems.length}>
                <Table.Caption style={{ textAlign: 'left' }}>{t('import.problemsCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('import.row')}</Table.Th>
                    <Table.Th scope="col">{t('import.column')}</Table.Th>
                    <Table.Th scope="col">{t('import.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {problems.map((p, i) => (
                    <Table.Tr key={i} data-row={p.row ?? 'file'} data-column={p.column}>
                      <Table.Th scope="row" style={{ fontWeight: 'normal' }}>
                        {p.row === null ? t('import.theFile') : n(p.row)}
                      </Table.Th>
                      <Table.Td>
                        <code>{p.column}</code>
                      </Table.Td>
                      <Table.Td>
                        {p.messages.length === 1 ? (
                          p.messages[0]
                        ) : (
                          <List size="sm">
                            {p.messages.map((m) => (
                              <List.Item key={m}>{m}</List.Item>
                            ))}
                          </List>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
