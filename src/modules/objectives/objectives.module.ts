import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImrfRoundTableEntity } from './imrf-round-table.entity.js';
import { ObjectiveEntity } from './objective.entity.js';
import { objectivesLoaders } from './objectives.loader.js';
import { ObjectivesResolver } from './objectives.resolver.js';
import { ObjectivesService } from './objectives.service.js';
import { RoundTablesResolver } from './round-tables.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([ObjectiveEntity, ImrfRoundTableEntity])],
  providers: [objectivesLoaders, ObjectivesService, ObjectivesResolver, RoundTablesResolver],
  exports: [ObjectivesService],
})
export class ObjectivesModule {}
