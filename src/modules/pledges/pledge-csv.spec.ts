import { describe, expect, it } from '@jest/globals';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import { decodeUtf8, MAX_IMPORT_ROWS, parsePledgeCsv, PLEDGE_CSV_COLUMNS, REQUIRED_PLEDGE_CSV_COLUMNS } from './pledge-csv.js';

const HEADER = 'externalId,title,description,pledgingCountry,nature,objectives,target';

describe('the pledge import file', () => {
  it('reads each row into the shape of createPledge, numbering rows as a spreadsheet does', () => {
    const csv = [
      'externalId,title,description,pledgingCountry,nature,objectives,mainObjective,guidingPrinciples,target,implementationCountries,isGlobal',
      'MAR-1,Reception centres,Five centres,MAR,POLICY,16;15,15,1; 4,Five open,MAR;TUN,no',
      'SEN-1,Skills,Training,SEN,PROCESS,18,,,Ten courses,,',
    ].join('\n');
    expect(parsePledgeCsv(csv)).toEqual({
      errors: [],
      missingColumns: [],
      rows: [
        {
          row: 2,
          input: {
            externalId: 'MAR-1',
            title: 'Reception centres',
            description: 'Five centres',
            pledgingCountry: 'MAR',
            nature: 'POLICY',
            objectives: [16, 15],
            mainObjective: 15,
            guidingPrinciples: [1, 4],
            target: 'Five open',
            implementationCountries: ['MAR', 'TUN'],
            isGlobal: false,
          },
        },
        {
          row: 3,
          input: {
            externalId: 'SEN-1',
            title: 'Skills',
            description: 'Training',
            pledgingCountry: 'SEN',
            nature: 'PROCESS',
            objectives: [18],
            target: 'Ten courses',
          },
        },
      ],
    });
  });

  it('passes what it cannot read as numbers or booleans on as given, for the validation to name', () => {
    const { rows } = parsePledgeCsv(`${HEADER},isGlobal,mainObjective\nE1,T,D,MAR,POLICY,16;sixteen,X,perhaps,main`);
    expect(rows[0]?.input).toMatchObject({ objectives: [16, 'sixteen'], isGlobal: 'perhaps', mainObjective: 'main' });
  });

  it('reads participants as name|KIND|ISO3, the country optional', () => {
    const { rows } = parsePledgeCsv(
      `${HEADER},type,participants\nE1,T,D,MAR,POLICY,16,X,PARTNERSHIP,Ghana|MEMBER_STATE|GHA; IOM | UN_ENTITY |`,
    );
    expect(rows[0]?.input.participants).toEqual([
      { name: 'Ghana', kind: 'MEMBER_STATE', country: 'GHA' },
      { name: 'IOM', kind: 'UN_ENTITY' },
    ]);
  });

  it('turns the status columns into the first status update, with its defaults', () => {
    const { rows } = parsePledgeCsv(
      `${HEADER},status,statusDate,statusNarrative,evidenceLinks\nE1,T,D,MAR,POLICY,16,X,IN_PROGRESS,2023-09-15,,https://example.org/a;https://example.org/b\nE1,T,D,MAR,POLICY,16,X,,,,`,
    );
    expect(rows.map((r) => r.input.initialUpdate)).toEqual([
      {
        status: 'IN_PROGRESS',
        date: '2023-09-15',
        narrative: 'Pledge recorded.',
        evidenceLinks: ['https://example.org/a', 'https://example.org/b'],
      },
      undefined,
    ]);
  });

  it('reads a file with a byte order mark, quoted cells and empty lines', () => {
    const { rows, errors } = parsePledgeCsv(`\uFEFF${HEADER}\n\nE1,"Centres, phase 2","Said ""twice""",MAR,POLICY,16,X\n`);
    expect(errors).toEqual([]);
    expect(rows[0]?.input).toMatchObject({ title: 'Centres, phase 2', description: 'Said "twice"' });
  });

  it('refuses the whole file, naming `file`, for repeated columns, no rows, too many, or no table at all', () => {
    const fileErrors = (csv: string): string[] => {
      const { rows, errors } = parsePledgeCsv(csv);
      expect(rows).toEqual([]);
      return errors.map((e) => `${e.field}: ${e.messages.join('; ')}`);
    };
    expect(fileErrors('')).toEqual(['file: the file is empty; the first row must name the columns']);
    expect(fileErrors(`${HEADER},title\nE1,T,D,MAR,POLICY,16,X,T`)).toEqual(['file: columns named twice: title']);
    expect(fileErrors(HEADER)).toEqual(['file: the file has no pledge rows']);
    const tooMany = [HEADER, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => 'E1,T,D,MAR,POLICY,16,X')].join('\n');
    expect(fileErrors(tooMany)).toEqual([`file: at most ${MAX_IMPORT_ROWS} rows per file; this one has ${MAX_IMPORT_ROWS + 1}`]);
    expect(fileErrors(`${HEADER}\nE1,T,D,MAR,POLICY`)[0]).toMatch(/^file: not a readable CSV file: /);
    expect(REQUIRED_PLEDGE_CSV_COLUMNS.every((c) => c in PLEDGE_CSV_COLUMNS)).toBe(true);
  });

  it('names unknown and missing columns under `file` but still reads the rows, so every problem is reported at once', () => {
    const unknown = parsePledgeCsv(`${HEADER},colour\nE1,T,D,MAR,POLICY,16,X,red`);
    expect(unknown.errors).toEqual([
      { field: 'file', messages: [`unknown columns: colour (expected: ${Object.keys(PLEDGE_CSV_COLUMNS).join(', ')})`] },
    ]);
    expect(unknown.rows[0]?.input).not.toHaveProperty('colour');
    expect(unknown.rows[0]?.input).toMatchObject({ externalId: 'E1', title: 'T' });
    const missing = parsePledgeCsv('title,nature\nT,POLICY');
    expect(missing.errors).toEqual([
      {
        field: 'file',
        messages: [`missing columns: ${REQUIRED_PLEDGE_CSV_COLUMNS.filter((c) => c !== 'title' && c !== 'nature').join(', ')}`],
      },
    ]);
    expect(missing.missingColumns).toEqual(REQUIRED_PLEDGE_CSV_COLUMNS.filter((c) => c !== 'title' && c !== 'nature'));
    expect(missing.rows).toEqual([{ row: 2, input: { title: 'T', nature: 'POLICY' } }]);
  });

  it('decodes UTF-8 and refuses anything else, naming `file`', () => {
    expect(decodeUtf8(new TextEncoder().encode('Côte d’Ivoire'))).toBe('Côte d’Ivoire');
    const latin1 = Uint8Array.from([0x43, 0xf4, 0x74, 0x65]);
    const refusal = ((): unknown => {
      try {
        decodeUtf8(latin1);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(BadUserInputError);
    expect((refusal as BadUserInputError).fields).toEqual([{ field: 'file', messages: ['save the CSV file as UTF-8'] }]);
  });
});
