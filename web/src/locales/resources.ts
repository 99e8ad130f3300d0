import enAccounts from './en/accounts.json';
import enCommon from './en/common.json';
import enDashboard from './en/dashboard.json';
import enObjectives from './en/objectives.json';
import esAccounts from './es/accounts.json';
import esCommon from './es/common.json';
import esDashboard from './es/dashboard.json';
import esObjectives from './es/objectives.json';
import frAccounts from './fr/accounts.json';
import frCommon from './fr/common.json';
import frDashboard from './fr/dashboard.json';
import frObjectives from './fr/objectives.json';

/** Every UI text, one file per feature and language (a test fails when a key is missing in one language). */
export const resources = {
  en: { common: enCommon, accounts: enAccounts, dashboard: enDashboard, objectives: enObjectives },
  fr: { common: frCommon, accounts: frAccounts, dashboard: frDashboard, objectives: frObjectives },
  es: { common: esCommon, accounts: esAccounts, dashboard: esDashboard, objectives: esObjectives },
} as const;
