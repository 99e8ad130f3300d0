import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChampionCountryEntity } from './champion-country.entity.js';
import { countriesLoaders } from './countries.loader.js';
import { CountriesResolver } from './countries.resolver.js';
import { CountriesService } from './countries.service.js';
import { CountryEntity } from './country.entity.js';
import { RegionMembershipEntity } from './region-membership.entity.js';
import { RegionEntity } from './region.entity.js';
import { RegionsResolver } from './regions.resolver.js';
import { RegionsService } from './regions.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CountryEntity, ChampionCountryEntity, RegionEntity, RegionMembershipEntity])],
  providers: [countriesLoaders, CountriesService, RegionsService, CountriesResolver, RegionsResolver],
  exports: [CountriesService, RegionsService],
})
export class CountriesModule {}
