import { describe, expect, it } from '@jest/globals';
import type { Response } from 'express';
import { Writable } from 'node:stream';
import { neutraliseCsvCell, sendExport } from './export-table.js';

/** A response that keeps what is written. */
function collectingResponse(): { res: Response; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const res = Object.assign(stream, { status: () => res, setHeader: () => res }) as unknown as Response;
  return { res, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('CSV exports never hand a spreadsheet a formula', () => {
  it('writes text cells that start like a formula with a leading apostrophe (OWASP), and leaves numbers alone', () => {
    for (const cell of ['=HYPERLINK("https://evil.example/steal","click")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseCsvCell(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['Morocco', 'a=b', ' =1', '', null, -0.5, 3, true]) expect(neutraliseCsvCell(cell)).toBe(cell);
  });

  it('neutralises every part of the file: about lines, headers and rows', async () => {
    const { res, text } = collectingResponse();
    await sendExport(
      res,
      {
        fileStem: 'test',
        about: [['Filter', '=cmd|" /C calc"!A0']],
        columns: [{ header: 'Narrative' }, { header: 'Change' }],
        rows: [['=HYPERLINK("https://evil.example/steal","Read more")', -0.5]],
      },
      'csv',
    );
    const csv = text();
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/steal"",""Read more"")",-0.5`);
    expect(csv).toContain(`Filter,"'=cmd|"" /C calc""!A0"`);
    expect(csv).not.toMatch(/(^|[\n,])"?=/);
  });
});
