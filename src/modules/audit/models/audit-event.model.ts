import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { AuditEventEntity } from '../audit-event.entity.js';

@ObjectType('AuditEvent', { description: 'One successful write: who, what, when, and the fields it changed.' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  actorAccountId: string | null;

  @Field(() => String, { description: 'E-mail of the acting account, or "cli" for the command line.' })
  actor: string;

  @Field(() => String, { nullable: true })
  actorRole: string | null;

  @Field(() => String, { description: 'e.g. CREATE, UPDATE, DEACTIVATE.' })
  action: string;

  @Field(() => String)
  entityType: string;

  @Field(() => String)
  entityId: string;

  @Field(() => String, { nullable: true })
  countryIso3: string | null;

  @Field(() => GraphQLJSON, { description: '{ field: { before, after } } for each changed field; secrets show as "[redacted]".' })
  changes: Record<string, { before: unknown; after: unknown }>;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}

export function toAuditEventModel(e: AuditEventEntity): AuditEventModel {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actorAccountId: e.actorAccountId,
    actor: e.actorLabel,
    actorRole: e.actorRole,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    countryIso3: e.countryIso3,
    changes: e.changes,
    requestId: e.requestId,
  };
}
