import { Reminders1796300000000 } from './1796300000000-reminders.js';
import { Notifications1796240901330 } from './1796240901330-notifications.js';
import { SetupToken1796226471689 } from './1796226471689-setup-token.js';
import { CountrySearchNames1796183695610 } from './1796183695610-country-search-names.js';
import { SignInAttemptsPerAddress1796183377327 } from './1796183377327-sign-in-attempts-per-address.js';
import { EventsOnTheGcmCalendar1796182860176 } from './1796182860176-events-on-the-gcm-calendar.js';
import { PledgeExternalId1796164666577 } from './1796164666577-pledge-external-id.js';
import { AggregateCoveringIndexes1795361658067 } from './1795361658067-aggregate-covering-indexes.js';
import { ProgressReports1795358122026 } from './1795358122026-progress-reports.js';
import { PledgesAndGoodPractices1795355349158 } from './1795355349158-pledges-and-good-practices.js';
import { AccountsAndAuditTrail1795340274094 } from './1795340274094-accounts-and-audit-trail.js';
import { InitialReferenceModel1795340267209 } from './1795340267209-initial-reference-model.js';
// Every migration, oldest first. `npm run migration:generate -- <Name>` appends to this list.
export const migrations: Function[] = [InitialReferenceModel1795340267209, AccountsAndAuditTrail1795340274094, PledgesAndGoodPractices1795355349158, ProgressReports1795358122026, AggregateCoveringIndexes1795361658067, PledgeExternalId1796164666577, EventsOnTheGcmCalendar1796182860176, SignInAttemptsPerAddress1796183377327, CountrySearchNames1796183695610, SetupToken1796226471689, Notifications1796240901330, Reminders1796300000000];
