import { ObjectType, Field, Int } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { RegionProgressModel } from './region-progress.model.js';

@ObjectType('RegionalProgress')
export class RegionalProgressModel {
  cycleCode: string;

  @Field(() => RegionScheme)
  scheme: RegionScheme;

  @Field(() => Int, { nullable: true })
  objective: number | null;

  @Field(() => Boolean)
  championOnly: boolean;

  @Field(() => Boolean, { description: 'True when submitted-but-not-validated entries are counted at their reported level.' })
  includesSubmitted: boolean;

  @Field(() => String, { description: 'What the levels are: validated levels only, or with submitted entries.' })
  basis: string;

  @Field(() => [RegionProgressModel], { complexity: maxItems(10) })
  regions: RegionProgressModel[];

  @Field(() => RegionProgressModel, { description: 'All regions together, each country counted once (Morocco sits in ECA and ESCWA).' })
  world: RegionProgressModel;
}
