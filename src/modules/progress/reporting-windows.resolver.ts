import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/access.decorators.js';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentCaller } from '../../common/auth/current-caller.decorator.js';
import { Role } from '../../common/auth/role.js';
import { todayUtc } from '../../common/validation/fields.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { ReviewCycleModel } from '../review-cycles/models/review-cycle.model.js';
import { ExtendReportingWindowArgs } from './dto/extend-reporting-window.args.js';
import { SetReportingWindowArgs } from './dto/set-reporting-window.args.js';
import { ReportingWindowModel, toReportingWindowModel } from './models/reporting-window.model.js';
import { loadReportingWindow } from './progress.loader.js';
import { ReportingWindowsService } from './reporting-windows.service.js';

@Resolver(() => ReviewCycleModel)
export class ReportingWindowsResolver {
  constructor(private readonly windows: ReportingWindowsService) {}

  @Mutation(() => ReportingWindowModel, { description: "Sets a cycle's reporting window for every country, replacing the default." })
  @Roles(Role.SECRETARIAT)
  async setReportingWindow(@CurrentCaller() caller: Caller, @Args() args: SetReportingWindowArgs): Promise<ReportingWindowModel> {
    return toReportingWindowModel(await this.windows.setWindow(caller, args), todayUtc(), true);
  }

  @Mutation(() => ReportingWindowModel, {
    description: 'Gives one country a later last day for a cycle (replaces an earlier extension); the reason goes to the audit trail.',
  })
  @Roles(Role.SECRETARIAT)
  async extendReportingWindow(@CurrentCaller() caller: Caller, @Args() args: ExtendReportingWindowArgs): Promise<ReportingWindowModel> {
    return toReportingWindowModel(await this.windows.extend(caller, args), todayUtc(), true);
  }

  @ResolveField(() => ReportingWindowModel, {
    nullable: true,
    description: 'The reporting window in force: set by the secretariat, else the default (reportingOpensOn / reportingClosesOn).',
  })
  async reportingWindow(
    @Parent() cycle: ReviewCycleModel,
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
  ): Promise<ReportingWindowModel | null> {
    return loadReportingWindow(ctx.loaders, caller, cycle.code, null);
  }
}
