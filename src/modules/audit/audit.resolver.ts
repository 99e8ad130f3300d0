import { mapConnection } from '../../common/pagination/keyset.js';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/access.decorators.js';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentCaller } from '../../common/auth/current-caller.decorator.js';
import { Role } from '../../common/auth/role.js';
import { AuditService } from './audit.service.js';
import { AuditEventsArgs } from './dto/audit-events.args.js';
import { AuditEventModel, toAuditEventModel } from './models/audit-event.model.js';
import { AuditEventConnection } from './models/audit-event-connection.model.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Query(() => AuditEventConnection, {
    description: "The audit trail, newest first. Secretariat: everything; focal points: events on their own country's records.",
  })
  @Roles(Role.SECRETARIAT, Role.FOCAL_POINT)
  async auditEvents(@CurrentCaller() caller: Caller, @Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return mapConnection(await this.auditService.find(caller, args), toAuditEventModel);
  }
}
