import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountriesModule } from '../countries/countries.module.js';
import { ReviewCycleEntity } from './review-cycle.entity.js';
import { reviewCyclesLoaders } from './review-cycles.loader.js';
import { ReviewCyclesResolver } from './review-cycles.resolver.js';
import { ReviewCyclesService } from './review-cycles.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ReviewCycleEntity]), CountriesModule],
  providers: [reviewCyclesLoaders, ReviewCyclesService, ReviewCyclesResolver],
  exports: [ReviewCyclesService],
})
export class ReviewCyclesModule {}
