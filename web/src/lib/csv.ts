/** One CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). */
function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type CsvRow = (string | number | null | undefined)[];

/** A table as CSV text: a header row, then the rows, CRLF line ends. */
export function toCsv(header: string[], rows: CsvRow[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers a CSV built in the page as a download (a Blob URL: nothing leaves the machine). */
export function downloadCsv(fileName: string, header: string[], rows: CsvRow[]): void {
  const blob = new Blob(['\ufeff', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
