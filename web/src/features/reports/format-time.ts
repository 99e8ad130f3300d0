/** A timestamp with its time of day, in UTC as the API keeps it (e.g. "2 Dec 2026, 15:04 UTC"). */
export function formatDateTime(value: string, lng: string): string {
  const text = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(value));
  return `${text} UTC`;
}
