import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.js';
import { AccountModel } from './account.model.js';

@ObjectType('AccountConnection')
export class AccountConnection extends ConnectionType(AccountModel, 'Account') {}
