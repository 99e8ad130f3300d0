import type { TestApp } from '../helpers/test-app.js';

/** A champions' dialogue as the secretariat records it. */
export function dialogueInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'CHAMPIONS_DIALOGUE',
    title: {
      en: 'Peer exchange of champion countries on labour mobility',
      fr: 'Échange entre pays champions sur la mobilité de la main-d’œuvre',
    },
    startDate: '2026-03-10',
    endDate: '2026-03-11',
    attendance: 'HYBRID',
    place: 'Nairobi',
    hostCountry: 'KEN',
    summary: 'Champions shared how bilateral labour agreements protect workers recruited abroad.',
    organisers: [
      { name: 'IOM', kind: 'UN_ENTITY' },
      { name: 'Government of Kenya', kind: 'GOVERNMENT', country: 'KEN' },
    ],
    objectives: [6, 5],
    reviewCycles: [{ code: 'IMRF-2026', relation: 'PREPARES_FOR' }],
    outcomeLinks: ['https://example.org/outcome'],
    sources: ['https://example.org/announcement'],
    confirmed: true,
    ...overrides,
  };
}

export interface CreatedEvent {
  id: string;
  version: number;
}

export async function createEvent(
  t: TestApp,
  headers: Record<string, string>,
  overrides: Record<string, unknown> = {},
): Promise<CreatedEvent> {
  const res = await t.gql<{ createEvent: CreatedEvent }>(
    'mutation($input: CreateEventInput!) { createEvent(input: $input) { id version } }',
    {
      input: dialogueInput(overrides),
    },
    headers,
  );
  if (!res.data?.createEvent) throw new Error(`createEvent failed: ${JSON.stringify(res.errors)}`);
  return res.data.createEvent;
}
