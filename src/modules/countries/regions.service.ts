import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../common/errors/domain-error.js';
import type { RegionScheme } from './models/region-scheme.enum.js';
import { RegionEntity } from './region.entity.js';

/** `filter.region`, or `region` for a top-level parameter (empty prefix). */
const fieldPath = (prefix: string, field: string): string => (prefix ? `${prefix}.${field}` : field);

/**
 * SQL condition: the country in \`countryColumn\` is a regional member of the region \`regionCode\`
 * (a column or a parameter placeholder). Non-regional commission members do not count.
 */
export const isRegionalMemberSql = (countryColumn: string, regionCode: string): string =>
  `EXISTS (SELECT 1 FROM region_membership m WHERE m.country_iso3 = ${countryColumn} AND m.kind = 'REGIONAL' AND m.region_code = ${regionCode})`;

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>) {}

  findAll(scheme?: RegionScheme): Promise<RegionEntity[]> {
    return this.regions.find({ where: scheme ? { scheme } : {}, order: { scheme: 'DESC', code: 'ASC' } });
  }

  /** Checks a region filter: the region exists and, when a scheme is given too, belongs to it. */
  async assertRegion(code: string, scheme: RegionScheme | undefined, prefix: string): Promise<void> {
    const region = await this.regions.findOneBy({ code });
    if (!region) {
      throw new BadUserInputError(`Unknown region ${code}`, [{ field: fieldPath(prefix, 'region'), messages: [`unknown region ${code}`] }]);
    }
    const wanted: string | undefined = scheme;
    if (wanted && region.scheme !== wanted) {
      throw new BadUserInputError(`Region ${code} is not a ${scheme} region`, [
        { field: fieldPath(prefix, 'scheme'), messages: [`region ${code} belongs to the ${region.scheme} scheme`] },
      ]);
    }
  }

  /** Which of these region codes exist; inside a transaction, pass its EntityManager. */
  async known(codes: readonly string[], manager: EntityManager): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows: { code: string }[] = await manager.query('SELECT code FROM region WHERE code = ANY($1)', [[...new Set(codes)]]);
    return new Set(rows.map((r) => r.code));
  }

  async findOne(code: string): Promise<RegionEntity> {
    const region = await this.regions.findOneBy({ code });
    if (!region) throw new NotFoundError('Region', code);
    return region;
  }
}
