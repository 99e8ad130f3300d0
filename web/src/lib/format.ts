/** Numbers through the language's own formatter (1 234,5 in French, 1,234.5 in English). */
export function formatNumber(value: number | null | undefined, lng: string, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(lng, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A mean level (0 to 3) with two decimals, or a dash when nothing was counted. */
export const formatLevel = (value: number | null | undefined, lng: string): string => formatNumber(value, lng, 2);

/** A signed change, e.g. +0.25 or −0.50. */
export function formatChange(value: number | null | undefined, lng: string, digits = 2): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(lng, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(
    value,
  );
}

/** An ISO date (2024-03-05 or a full timestamp) as the language writes it. */
export function formatDate(value: string | null | undefined, lng: string): string {
  if (!value) return '–';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
