import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { once } from 'node:events';

export type ExportFormat = 'csv' | 'xlsx';
export type Cell = string | number | boolean | null;

/** What a download holds: a statement of what it is, column headers, and rows (possibly streamed from the database). */
export interface ExportTable {
  /** File name stem, e.g. gcm-regional-progress-RR2-ECA-2024-REVIEW. */
  fileStem: string;
  /** Label/value pairs that say what the figures are (export, cycle, scheme, filters, basis, generated at). */
  about: [string, string][];
  columns: { header: string; width?: number }[];
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Streams the table to the response: headers first, then rows as they come. */
export async function sendExport(res: Response, table: ExportTable, format: ExportFormat): Promise<void> {
  const fileName = `${table.fileStem}.${format}`;
  res.status(200);
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
  res.setHeader('Cache-Control', 'no-store');
  if (format === 'csv') await writeCsv(res, table);
  else await writeXlsx(res, table);
}

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"): = + - @, tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula (`=HYPERLINK("https://evil.example",...)`)
 * is written with a leading apostrophe, which spreadsheets show as text, as OWASP advises.
 * Numbers stay numbers (a negative change is -0.5, not text). XLSX needs none of this: exceljs
 * writes every string as a string cell, never as a formula.
 */
export function neutraliseCsvCell(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV (csv-stringify) with a UTF-8 byte order mark so spreadsheet programs keep accents:
 * the "about" lines first (label, value), an empty line, then the header row and the data.
 */
async function writeCsv(res: Response, table: ExportTable): Promise<void> {
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  csv.pipe(res);
  const write = async (record: Cell[]): Promise<void> => {
    if (!csv.write(record.map(neutraliseCsvCell))) await once(csv, 'drain');
  };
  for (const line of table.about) await write(line);
  await write([]);
  await write(table.columns.map((c) => c.header));
  for await (const row of table.rows) await write(row);
  csv.end();
  await once(res, 'finish');
}

/**
 * XLSX with exceljs's streaming writer: an "About" sheet and a "Data" sheet, each row committed as written.
 * exceljs is loaded on the first XLSX download, not at boot (it is the largest module the server uses).
 */
async function writeXlsx(res: Response, table: ExportTable): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  workbook.creator = 'GCM Tracker';
  const about = workbook.addWorksheet('About');
  about.columns = [{ width: 28 }, { width: 80 }];
  for (const line of table.about) about.addRow(line).commit();
  about.commit();
  const data = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length + 2) }));
  data.getRow(1).font = { bold: true };
  for await (const row of table.rows) data.addRow(row).commit();
  data.commit();
  await workbook.commit();
}
