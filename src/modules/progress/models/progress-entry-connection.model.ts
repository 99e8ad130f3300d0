import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.js';
import { ProgressEntryModel } from './progress-entry.model.js';

@ObjectType()
export class ProgressEntryConnection extends ConnectionType(ProgressEntryModel, 'ProgressEntry') {}
