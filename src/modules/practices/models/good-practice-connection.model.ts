import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.js';
import { GoodPracticeModel } from './good-practice.model.js';

@ObjectType()
export class GoodPracticeConnection extends ConnectionType(GoodPracticeModel, 'GoodPractice') {}
