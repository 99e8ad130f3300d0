import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.js';
import { PledgeModel } from './pledge.model.js';

@ObjectType()
export class PledgeConnection extends ConnectionType(PledgeModel, 'Pledge') {}
