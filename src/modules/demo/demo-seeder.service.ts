import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import type { AccountCaller } from '../../common/auth/caller.js';
import type { AuditActor } from '../audit/audit.service.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { CreateAccountInput } from '../accounts/dto/account.inputs.js';
import { CreatePledgeInput } from '../pledges/dto/create-pledge.input.js';
import { PledgeUpdateInput } from '../pledges/dto/pledge-update.input.js';
import { PledgeEditorService } from '../pledges/pledge-editor.service.js';
import { UpdateGoodPracticeInput } from '../practices/dto/update-good-practice.input.js';
import { CreateGoodPracticeInput } from '../practices/dto/create-good-practice.input.js';
import { PracticeWorkflowService } from '../practices/practice-workflow.service.js';
import { ValidateProgressEntryInput } from '../progress/dto/validate-progress-entry.input.js';
import { CreateProgressEntryInput } from '../progress/dto/create-progress-entry.input.js';
import { ProgressWorkflowService } from '../progress/progress-workflow.service.js';
import { ReportingWindowsService } from '../progress/reporting-windows.service.js';
import { addDays, todayUtc } from '../../common/validation/fields.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { DEMO_PLEDGES, DEMO_PRACTICES, type DemoPledge } from './demo-pledges.js';
import { DEMO_REPORTS, type DemoReport } from './demo-progress.js';

const SECRETARIAT = 'secretariat@demo.gcm-tracker.example';

/** How long the demo's reporting windows stay open for the demo countries, from the day it is loaded. */
export const DEMO_WINDOW_DAYS = 90;

/**
 * Loads the demo dataset (docs/operations.md, "Demo data") through the same services
 * the API uses, as the demo accounts, so every record has its audit trail. Running it again
 * skips what is already there.
 */
@Injectable()
export class DemoSeederService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly pledgeEditor: PledgeEditorService,
    private readonly practices: PracticeWorkflowService,
    private readonly progress: ProgressWorkflowService,
    private readonly windows: ReportingWindowsService,
  ) {}

  async seed(actor: AuditActor, log: (line: string) => void): Promise<void> {
    await this.seedAccounts(actor, log);
    for (const demo of DEMO_PLEDGES) await this.seedPledge(demo, log);
    for (const demo of DEMO_PRACTICES) {
      if (await this.exists('good_practice', demo.title)) continue;
      const { recordedBy, submit, ...input } = demo;
      const caller = await this.callerFor(recordedBy);
      let practice = await this.practices.create(caller, plainToInstance(CreateGoodPracticeInput, input));
      if (submit) practice = await this.practices.submit(caller, practice.id, practice.version);
      log(`Practice    ${demo.title} (${practice.status})`);
    }
    for (const demo of DEMO_REPORTS) await this.seedReport(demo, log);
  }

  /**
   * The demo reviews are past, so the secretariat first gives the country until
   * DEMO_WINDOW_DAYS after today (a real extension, in the audit trail), then the entries go
   * through the workflow. A later run opens the windows again from its own day.
   */
  private async seedReport(demo: DemoReport, log: (line: string) => void): Promise<void> {
    const secretariat = await this.callerFor(SECRETARIAT);
    const closesOn = addDays(todayUtc(), DEMO_WINDOW_DAYS);
    const window = await this.windows.windowFor(this.db.manager, demo.cycle, demo.country);
    if (window.extended_to === null || window.extended_to < closesOn) {
      await this.windows.extend(secretariat, {
        cycle: demo.cycle,
        country: demo.country,
        closesOn,
        reason: `Demo data: open for ${DEMO_WINDOW_DAYS} days from the day the demo was loaded`,
      });
    }
    const found = await this.db.query<unknown[]>('SELECT 1 FROM progress_report WHERE country_iso3 = $1 AND cycle_code = $2', [
      demo.country,
      demo.cycle,
    ]);
    if (found.length) return;
    const focal = await this.callerFor(`focal.${demo.country.toLowerCase()}@demo.gcm-tracker.example`);
    for (const e of demo.entries) {
      let entry = await this.progress.create(
        focal,
        plainToInstance(CreateProgressEntryInput, {
          cycle: demo.cycle,
          objective: e.objective,
          reportedLevel: e.reported,
          narrative: e.narrative,
        }),
      );
      if (e.outcome === 'DRAFT') continue;
      entry = await this.progress.submit(focal, entry.id, entry.version, null);
      if (e.outcome === 'RETURNED')
        await this.progress.returnForChanges(secretariat, entry.id, entry.version, e.comment ?? 'Please complete.');
      if (e.outcome === 'VALIDATED') {
        const input = plainToInstance(ValidateProgressEntryInput, {
          validatedLevel: e.validated,
          justification: e.justification,
          comment: e.comment,
        });
        await this.progress.validate(secretariat, entry.id, entry.version, input);
      }
    }
    log(`Report      ${demo.country} ${demo.cycle}: ${demo.entries.map((e) => `O${e.objective} ${e.outcome}`).join(', ')}`);
  }

  private async seedAccounts(actor: AuditActor, log: (line: string) => void): Promise<void> {
    for (const demo of DEMO_ACCOUNTS) {
      try {
        await this.accounts.create(actor, plainToInstance(CreateAccountInput, { ...demo, password: DEMO_PASSWORD }));
        log(`Account     ${demo.role.padEnd(11)} ${demo.email}${demo.country ? ` (${demo.country})` : ''}`);
      } catch (err) {
        if (!(err instanceof DomainError && err.code === 'CONFLICT')) throw err;
        log(`Exists      ${demo.email}`);
      }
    }
  }

  private async seedPledge(demo: DemoPledge, log: (line: string) => void): Promise<void> {
    if (await this.exists('pledge', demo.title)) return;
    const caller = await this.callerFor(demo.recordedBy);
    const [initial, ...later] = demo.updates;
    const { recordedBy: _by, updates: _updates, practice: practiceDetails, ...fields } = demo;
    let pledge = await this.pledgeEditor.create(caller, plainToInstance(CreatePledgeInput, { ...fields, initialUpdate: initial }));
    for (const update of later) {
      pledge = await this.pledgeEditor.recordUpdate(caller, pledge.id, pledge.version, plainToInstance(PledgeUpdateInput, update));
    }
    log(`Pledge      ${demo.title} (${pledge.status})`);
    if (!practiceDetails) return;
    let practice = await this.practices.draftFromPledge(caller, pledge.id);
    practice = await this.practices.update(
      caller,
      practice.id,
      practice.version,
      plainToInstance(UpdateGoodPracticeInput, { sdgs: practiceDetails.sdgs, lessonsLearned: practiceDetails.lessonsLearned }),
    );
    practice = await this.practices.submit(caller, practice.id, practice.version);
    if (practiceDetails.publish)
      practice = await this.practices.publish(await this.callerFor(SECRETARIAT), practice.id, practice.version, null);
    log(`Practice    ${practice.title} (${practice.status})`);
  }

  private async exists(table: 'pledge' | 'good_practice', title: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM ${table} WHERE title = $1 LIMIT 1`, [title]);
    return rows.length > 0;
  }

  private async callerFor(email: string): Promise<AccountCaller> {
    const [row] = await this.db.query<
      {
        id: string;
        email: string;
        role: AccountCaller['role'];
        country_iso3: string | null;
      }[]
    >('SELECT id, email, role, country_iso3 FROM account WHERE email = $1', [email]);
    if (!row) throw new Error(`Demo account ${email} is missing`);
    return { kind: 'account', accountId: row.id, email: row.email, role: row.role, countryIso3: row.country_iso3 };
  }
}
