import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.js';
import { ProgressReportModel } from './progress-report.model.js';

@ObjectType()
export class ProgressReportConnection extends ConnectionType(ProgressReportModel, 'ProgressReport') {}
