import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.js';
import { AuditEventModel } from './audit-event.model.js';

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends ConnectionType(AuditEventModel, 'AuditEvent') {}
