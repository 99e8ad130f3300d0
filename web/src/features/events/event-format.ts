import type { TFunction } from 'i18next';

export const EVENT_KINDS = ['IMRF_SIDE_EVENT', 'CHAMPIONS_DIALOGUE', 'MINISTERIAL_MEETING', 'REGIONAL_REVIEW_SESSION', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Where an event was held, as a reader expects it: "Virtual", the place, or "Place not known". */
export function eventPlace(e: { virtual: boolean; place: string | null }, t: TFunction): string {
  if (e.virtual) return t('virtual');
  return e.place ?? t('placeUnknown');
}
