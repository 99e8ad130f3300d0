import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GuidingPrincipleEntity } from './guiding-principle.entity.js';
import { guidingPrinciplesLoaders } from './guiding-principles.loader.js';
import { GuidingPrinciplesResolver } from './guiding-principles.resolver.js';
import { GuidingPrinciplesService } from './guiding-principles.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([GuidingPrincipleEntity])],
  providers: [guidingPrinciplesLoaders, GuidingPrinciplesService, GuidingPrinciplesResolver],
  exports: [GuidingPrinciplesService],
})
export class GuidingPrinciplesModule {}
