import { Language } from '../../common/i18n/language.js';
import { PledgeNature, PledgeStatus, PledgeType, PledgingEntityKind } from '../pledges/pledge.enums.js';
import { PracticeType } from '../practices/practice.enums.js';

/**
 * The demo dataset's pledges and good practices. Every record is invented for trying the
 * product and says so in its title ("[Demo]"): none is an actual pledge or practice of the
 * country it names. The countries, objectives, principles and cycles are the real ones.
 */
export interface DemoPledge {
  /** Demo account (e-mail) that records it; the secretariat for stakeholder pledges. */
  recordedBy: string;
  title: string;
  description: string;
  language: Language;
  pledgingEntityKind: PledgingEntityKind;
  pledgingCountry?: string;
  pledgingEntityName?: string;
  isGlobal?: boolean;
  cycle: string;
  nature: PledgeNature;
  type: PledgeType;
  participants?: { name: string; kind: PledgingEntityKind; country?: string }[];
  objectives: number[];
  guidingPrinciples: number[];
  target: string;
  targetDate: string;
  /** Status history, oldest first; the first is the pledge's initial update. */
  updates: { status: PledgeStatus; date: string; narrative: string; evidenceLinks?: string[] }[];
  /** When FULFILLED: turn it into a good practice, completed with these and taken to this state. */
  practice?: { sdgs: number[]; lessonsLearned: string; publish: boolean };
}

const FOCAL = (iso3: string): string => `focal.${iso3.toLowerCase()}@demo.gcm-tracker.example`;
const SECRETARIAT = 'secretariat@demo.gcm-tracker.example';

export const DEMO_PLEDGES: DemoPledge[] = [
  {
    recordedBy: FOCAL('MAR'),
    title: "[Demo] Guichets uniques d'accueil et d'intégration des personnes migrantes",
    description:
      "Ouvrir dans cinq régions des guichets uniques où les personnes migrantes trouvent en un seul lieu l'enregistrement, les cours de langue, l'orientation vers l'emploi et l'aide juridique, pour favoriser leur pleine intégration et la cohésion sociale.",
    language: Language.FR,
    pledgingEntityKind: PledgingEntityKind.MEMBER_STATE,
    pledgingCountry: 'MAR',
    cycle: 'IMRF-2022',
    nature: PledgeNature.POLICY,
    type: PledgeType.INDIVIDUAL,
    objectives: [16, 15],
    guidingPrinciples: [1, 9, 10],
    target: 'Cinq guichets uniques ouverts, 20 000 personnes accompagnées',
    targetDate: '2025-12-31',
    updates: [
      { status: PledgeStatus.PLANNING, date: '2022-05-20', narrative: 'Engagement annoncé au premier Forum.' },
      {
        status: PledgeStatus.IN_PROGRESS,
        date: '2023-09-15',
        narrative: 'Deux guichets ouverts à Rabat et Oujda.',
        evidenceLinks: ['https://example.org/demo/mar/rapport-2023'],
      },
      {
        status: PledgeStatus.FULFILLED,
        date: '2025-11-30',
        narrative: 'Les cinq guichets sont ouverts ; 21 400 personnes accompagnées, dont 46 % de femmes.',
        evidenceLinks: ['https://example.org/demo/mar/bilan-2025'],
      },
    ],
    practice: {
      sdgs: [10, 16],
      lessonsLearned:
        "Associer les associations de migrants dès la conception ; former les agents d'accueil à la lutte contre la discrimination avant l'ouverture.",
      publish: true,
    },
  },
  {
    recordedBy: FOCAL('MEX'),
    title: '[Demo] Sistema nacional de datos sobre movilidad humana',
    description:
      'Crear un sistema nacional de datos desglosados por sexo, edad y situación migratoria que alimente las políticas públicas y los informes de examen del Pacto.',
    language: Language.ES,
    pledgingEntityKind: PledgingEntityKind.MEMBER_STATE,
    pledgingCountry: 'MEX',
    cycle: 'IMRF-2022',
    nature: PledgeNature.PROCESS,
    type: PledgeType.INDIVIDUAL,
    objectives: [1, 3],
    guidingPrinciples: [9],
    target: 'Publicación anual de 12 indicadores desglosados',
    targetDate: '2026-06-30',
    updates: [
      { status: PledgeStatus.PLANNING, date: '2022-05-20', narrative: 'Compromiso anunciado en el Foro.' },
      {
        status: PledgeStatus.IN_PROGRESS,
        date: '2024-03-01',
        narrative: 'Primeros 7 indicadores publicados.',
        evidenceLinks: ['https://example.org/demo/mex/indicadores-2024'],
      },
    ],
  },
  {
    recordedBy: FOCAL('PHL'),
    title: '[Demo] Pre-departure orientation for every deployed worker',
    description:
      'Give every worker deployed abroad a free pre-departure orientation on their contract, their rights, fair recruitment and the assistance available at destination.',
    language: Language.EN,
    pledgingEntityKind: PledgingEntityKind.MEMBER_STATE,
    pledgingCountry: 'PHL',
    cycle: 'IMRF-2022',
    nature: PledgeNature.HUMAN_RESOURCES,
    type: PledgeType.INDIVIDUAL,
    objectives: [6, 3, 7],
    guidingPrinciples: [1, 6, 7],
    target: '100% of deployed workers oriented before departure',
    targetDate: '2024-12-31',
    updates: [
      { status: PledgeStatus.PLANNING, date: '2022-05-20', narrative: 'Pledge announced at the Forum.' },
      { status: PledgeStatus.IN_PROGRESS, date: '2023-02-01', narrative: 'Online orientation modules launched in six languages.' },
      {
        status: PledgeStatus.FULFILLED,
        date: '2024-12-15',
        narrative: 'Orientation reached every deployed worker in 2024; complaints about contract substitution fell by a third.',
        evidenceLinks: ['https://example.org/demo/phl/orientation-2024'],
      },
    ],
    practice: {
      sdgs: [8, 10],
      lessonsLearned: 'Modules in the workers\u2019 own languages and on mobile phones reached far more people than classroom sessions.',
      publish: true,
    },
  },
  {
    recordedBy: FOCAL('PRT'),
    title: "[Demo] Data specialists for a partner's national data system",
    description:
      'Second two data specialists for two years to support the national human mobility data system and share methods for disaggregated migration statistics.',
    language: Language.EN,
    pledgingEntityKind: PledgingEntityKind.MEMBER_STATE,
    pledgingCountry: 'PRT',
    cycle: 'IMRF-2022',
    nature: PledgeNature.HUMAN_RESOURCES,
    type: PledgeType.PARTNERSHIP,
    participants: [
      { name: 'Portugal', kind: PledgingEntityKind.MEMBER_STATE, country: 'PRT' },
      { name: 'Mexico', kind: PledgingEntityKind.MEMBER_STATE, country: 'MEX' },
    ],
    objectives: [1, 23],
    guidingPrinciples: [2],
    target: 'Two specialists seconded for 24 months',
    targetDate: '2025-06-30',
    updates: [{ status: PledgeStatus.IN_PROGRESS, date: '2023-01-10', narrative: 'Both specialists in post.' }],
  },
  {
    recordedBy: FOCAL('KEN'),
    title: '[Demo] Legal identity documents for stateless and undocumented residents',
    description:
      'Register and document stateless and undocumented long-term residents so that they can reach health, education and decent work.',
    language: Language.EN,
    pledgingEntityKind: PledgingEntityKind.MEMBER_STATE,
    pledgingCountry: 'KEN',
    cycle: 'IMRF-2022',
    nature: PledgeNature.POLICY,
    type: PledgeType.INDIVIDUAL,
    objectives: [4, 16],
    guidingPrinciples: [4, 6, 8],
    target: '10,000 residents documented',
    targetDate: '2026-12-31',
    updates: [{ status: PledgeStatus.PLANNING, date: '2022-05-20', narrative: 'Pledge announced at the Forum.' }],
  },
  {
    recordedBy: SECRETARIAT,
    title: '[Demo] Cities network against xenophobia',
    description:
      'A network of local governments pledges joint campaigns against xenophobia and a shared toolkit for inclusive municipal services.',
    language: Language.EN,
    pledgingEntityKind: PledgingEntityKind.LOCAL_GOVERNMENT,
    pledgingEntityName: 'Demo Cities Network',
    isGlobal: true,
    cycle: 'IMRF-2022',
    nature: PledgeNature.PROCESS,
    type: PledgeType.COMMON,
    participants: [
      { name: 'Demo City A', kind: PledgingEntityKind.LOCAL_GOVERNMENT, country: 'PRT' },
      { name: 'Demo City B', kind: PledgingEntityKind.LOCAL_GOVERNMENT, country: 'MAR' },
      { name: 'Demo Migrant Association', kind: PledgingEntityKind.CIVIL_SOCIETY },
    ],
    objectives: [17, 16],
    guidingPrinciples: [10, 6],
    target: 'Toolkit adopted by 50 cities',
    targetDate: '2026-05-01',
    updates: [
      { status: PledgeStatus.PLANNING, date: '2022-05-20', narrative: 'Common pledge announced.' },
      { status: PledgeStatus.WITHDRAWN, date: '2024-06-30', narrative: 'Withdrawn: the network merged into a larger initiative.' },
    ],
  },
];

/** A practice proposed on its own (not from a pledge), left in review to show the workflow. */
export const DEMO_PRACTICES = [
  {
    recordedBy: FOCAL('MEX'),
    title: '[Demo] Ventanilla de atención a personas migrantes en consulados',
    summary:
      'Ventanillas en los consulados que orientan a las personas migrantes sobre salud, educación y trámites, con personal capacitado en derechos humanos.',
    language: Language.ES,
    practiceType: PracticeType.PROGRAMME,
    objectives: [14, 15],
    guidingPrinciples: [1, 6],
    sdgs: [3, 10],
    startYear: 2019,
    results: 'Más de 50 000 orientaciones al año en 50 consulados.',
    lessonsLearned: 'La colaboración con organizaciones locales multiplica el alcance.',
    submit: true,
  },
];
