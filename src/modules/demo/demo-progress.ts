import { ImplementationLevel } from '../progress/progress.enums.js';

/**
 * The demo dataset's progress reports: invented, like the demo pledges (every narrative
 * starts with "[Demo]"), over the real cycles. Each entry is taken through the review
 * workflow as far as `outcome` says, by the country's demo focal point and the demo
 * secretariat.
 */
export interface DemoEntry {
  objective: number;
  reported: ImplementationLevel;
  narrative: string;
  /** DRAFT: left with the country. SUBMITTED: waiting. RETURNED: sent back. VALIDATED: at `validated` (default: as reported). */
  outcome: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'VALIDATED';
  validated?: ImplementationLevel;
  justification?: string;
  comment?: string;
}

export interface DemoReport {
  country: string;
  cycle: string;
  entries: DemoEntry[];
}

const { NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE } = ImplementationLevel;

export const DEMO_REPORTS: DemoReport[] = [
  {
    country: 'MAR',
    cycle: 'RR1-ECA-2021',
    entries: [
      {
        objective: 16,
        reported: LIMITED,
        narrative: '[Demo] Two pilot reception centres opened; a national inclusion strategy is being drafted.',
        outcome: 'VALIDATED',
      },
      {
        objective: 23,
        reported: LIMITED,
        narrative: '[Demo] Regional dialogue on labour mobility launched with neighbouring states.',
        outcome: 'VALIDATED',
      },
    ],
  },
  {
    country: 'MAR',
    cycle: 'RR2-ECA-2024',
    entries: [
      {
        objective: 16,
        reported: SUBSTANTIAL,
        narrative: '[Demo] Reception centres now run in five regions under the national inclusion strategy.',
        outcome: 'VALIDATED',
      },
      {
        objective: 23,
        reported: LIMITED,
        narrative: '[Demo] Bilateral labour agreements signed with two partner states in 2023.',
        outcome: 'VALIDATED',
        validated: NOT_STARTED,
        justification: 'The agreements are signed but not yet in force.',
      },
      { objective: 5, reported: SUBSTANTIAL, narrative: '[Demo] Seasonal work visas extended to three new sectors.', outcome: 'SUBMITTED' },
    ],
  },
  {
    country: 'KEN',
    cycle: 'RR1-ECA-2021',
    entries: [
      {
        objective: 4,
        reported: NOT_STARTED,
        narrative: '[Demo] A registration drive for undocumented residents is being prepared.',
        outcome: 'VALIDATED',
      },
    ],
  },
  {
    country: 'KEN',
    cycle: 'RR2-ECA-2024',
    entries: [
      {
        objective: 4,
        reported: LIMITED,
        narrative: '[Demo] Mobile registration units documented residents in four counties.',
        outcome: 'VALIDATED',
      },
      {
        objective: 16,
        reported: SUBSTANTIAL,
        narrative: '[Demo] County integration committees set up in the main urban areas.',
        outcome: 'VALIDATED',
      },
    ],
  },
  {
    country: 'PHL',
    cycle: 'RR1-ESCAP-2021',
    entries: [
      {
        objective: 6,
        reported: SUBSTANTIAL,
        narrative: '[Demo] Recruitment agency licensing reformed; fees charged to workers banned.',
        outcome: 'VALIDATED',
      },
    ],
  },
  {
    country: 'PHL',
    cycle: 'RR2-ESCAP-2025',
    entries: [
      {
        objective: 6,
        reported: COMPLETE,
        narrative: '[Demo] Every deployed worker received pre-departure orientation; complaints fell by a third.',
        outcome: 'VALIDATED',
      },
      {
        objective: 7,
        reported: SUBSTANTIAL,
        narrative: '[Demo] Assistance desks for workers in distress opened in twelve destination countries.',
        outcome: 'VALIDATED',
      },
    ],
  },
  {
    country: 'MEX',
    cycle: 'RR1-ECLAC-2021',
    entries: [
      { objective: 1, reported: LIMITED, narrative: '[Demo] A working group on migration statistics was set up.', outcome: 'VALIDATED' },
    ],
  },
  {
    country: 'MEX',
    cycle: 'RR2-ECLAC-2025',
    entries: [
      {
        objective: 1,
        reported: SUBSTANTIAL,
        narrative: '[Demo] Seven of twelve disaggregated indicators are published every year.',
        outcome: 'VALIDATED',
      },
      {
        objective: 3,
        reported: SUBSTANTIAL,
        narrative: '[Demo] Consular information desks in fifty consulates.',
        outcome: 'RETURNED',
        comment: 'Please give the number of people reached and the source.',
      },
    ],
  },
  {
    country: 'PRT',
    cycle: 'RR1-UNECE-2020',
    entries: [
      {
        objective: 16,
        reported: SUBSTANTIAL,
        narrative: '[Demo] Local integration plans adopted by most municipalities.',
        outcome: 'VALIDATED',
      },
    ],
  },
  {
    country: 'PRT',
    cycle: 'RR2-UNECE-2024',
    entries: [
      {
        objective: 16,
        reported: COMPLETE,
        narrative: '[Demo] Local integration plans in every municipality, with migrant councils.',
        outcome: 'VALIDATED',
        validated: SUBSTANTIAL,
        justification: 'Migrant councils exist in a minority of municipalities so far.',
      },
      {
        objective: 23,
        reported: COMPLETE,
        narrative: '[Demo] Data specialists seconded to a partner state for two years.',
        outcome: 'VALIDATED',
      },
    ],
  },
];
