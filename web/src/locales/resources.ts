import enAccounts from './en/accounts.json';
import enAudit from './en/audit.json';
import enCommon from './en/common.json';
import enCompare from './en/compare.json';
import enCountries from './en/countries.json';
import enDashboard from './en/dashboard.json';
import enEvents from './en/events.json';
import enNotifications from './en/notifications.json';
import enObjectives from './en/objectives.json';
import enPledges from './en/pledges.json';
import enPractices from './en/practices.json';
import enReports from './en/reports.json';
import enReview from './en/review.json';
import esAccounts from './es/accounts.json';
import esAudit from './es/audit.json';
import esCommon from './es/common.json';
import esCompare from './es/compare.json';
import esCountries from './es/countries.json';
import esDashboard from './es/dashboard.json';
import esEvents from './es/events.json';
import esNotifications from './es/notifications.json';
import esObjectives from './es/objectives.json';
import esPledges from './es/pledges.json';
import esPractices from './es/practices.json';
import esReports from './es/reports.json';
import esReview from './es/review.json';
import frAccounts from './fr/accounts.json';
import frAudit from './fr/audit.json';
import frCommon from './fr/common.json';
import frCompare from './fr/compare.json';
import frCountries from './fr/countries.json';
import frDashboard from './fr/dashboard.json';
import frEvents from './fr/events.json';
import frNotifications from './fr/notifications.json';
import frObjectives from './fr/objectives.json';
import frPledges from './fr/pledges.json';
import frPractices from './fr/practices.json';
import frReports from './fr/reports.json';
import frReview from './fr/review.json';

/** Every UI text, one file per feature and language (a test fails when a key is missing in one language). */
export const resources = {
  en: {
    common: enCommon,
    accounts: enAccounts,
    audit: enAudit,
    dashboard: enDashboard,
    events: enEvents,
    objectives: enObjectives,
    countries: enCountries,
    pledges: enPledges,
    practices: enPractices,
    reports: enReports,
    review: enReview,
    compare: enCompare,
    notifications: enNotifications,
  },
  fr: {
    common: frCommon,
    accounts: frAccounts,
    audit: frAudit,
    dashboard: frDashboard,
    events: frEvents,
    objectives: frObjectives,
    countries: frCountries,
    pledges: frPledges,
    practices: frPractices,
    reports: frReports,
    review: frReview,
    compare: frCompare,
    notifications: frNotifications,
  },
  es: {
    common: esCommon,
    accounts: esAccounts,
    audit: esAudit,
    dashboard: esDashboard,
    events: esEvents,
    objectives: esObjectives,
    countries: esCountries,
    pledges: esPledges,
    practices: esPractices,
    reports: esReports,
    review: esReview,
    compare: esCompare,
    notifications: esNotifications,
  },
} as const;
