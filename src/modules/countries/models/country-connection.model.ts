import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.js';
import { CountryModel } from './country.model.js';

@ObjectType('CountryConnection')
export class CountryConnection extends ConnectionType(CountryModel, 'Country') {}
