import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, importProblems, REQUIRED_IMPORT_COLUMNS, TEMPLATE_ROWS } from './pledge-import';

describe('the pledge import page', () => {
  it('offers a template with every column, the required ones included, and full example rows', () => {
    expect(new Set(IMPORT_COLUMNS).size).toBe(IMPORT_COLUMNS.length);
    for (const c of REQUIRED_IMPORT_COLUMNS) expect(IMPORT_COLUMNS).toContain(c);
    for (const row of TEMPLATE_ROWS) expect(row).toHaveLength(IMPORT_COLUMNS.length);
  });

  it('reads the API field errors as table rows: the file first, then by row', () => {
    expect(
      importProblems([
        { field: 'rows[4].participants.0.country', messages: ['required for a participating member state'] },
        { field: 'rows[2].nature', messages: ['must be one of FINANCIAL, HUMAN_RESOURCES, PROCESS, POLICY'] },
        { field: 'file', messages: ['unknown column: natur'] },
      ]),
    ).toEqual([
      { row: null, column: '–', messages: ['unknown column: natur'] },
      { row: 2, column: 'nature', messages: ['must be one of FINANCIAL, HUMAN_RESOURCES, PROCESS, POLICY'] },
      { row: 4, column: 'participants.0.country', messages: ['required for a participating member state'] },
    ]);
  });
});
