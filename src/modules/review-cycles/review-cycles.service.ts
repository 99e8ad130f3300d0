import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, FindOptionsWhere, Repository } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../common/errors/domain-error.js';
import { isRegionalMemberSql } from '../countries/regions.service.js';
import type { ReviewCyclesFilter } from './dto/review-cycles-filter.input.js';
import { ReviewCycleEntity } from './review-cycle.entity.js';

/** SQL condition: the country takes part in review cycle \`rc\`: every IMRF, and the regional reviews of its regions. */
export const takesPartSql = (country: string): string => `(rc.kind = 'IMRF' OR ${isRegionalMemberSql(country, 'rc.region_code')})`;

@Injectable()
export class ReviewCyclesService {
  constructor(@InjectRepository(ReviewCycleEntity) private readonly cycles: Repository<ReviewCycleEntity>) {}

  /** Cycles in chronological order; undated cycles (not yet scheduled) last. */
  find(filter: ReviewCyclesFilter = {}): Promise<ReviewCycleEntity[]> {
    const where: FindOptionsWhere<ReviewCycleEntity> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.region) where.regionCode = filter.region;
    if (filter.year) where.year = filter.year;
    return this.cycles.find({ where, order: { year: 'ASC', startDate: { direction: 'ASC', nulls: 'LAST' }, code: 'ASC' } });
  }

  async findOne(code: string): Promise<ReviewCycleEntity> {
    const cycle = await this.cycles.findOneBy({ code });
    if (!cycle) throw new NotFoundError('Review cycle', code);
    return cycle;
  }

  /** Checks a cycle code given as a filter or input; `field` names it in the error. Inside a transaction, pass its EntityManager. */
  async assertExists(code: string, field: string, manager: EntityManager = this.cycles.manager): Promise<void> {
    await this.assertAllExist([[code, field]], manager);
  }

  /** Checks several cycle codes at once; every unknown one is named with its field. */
  async assertAllExist(
    cycles: readonly (readonly [code: string, field: string])[],
    manager: EntityManager = this.cycles.manager,
  ): Promise<void> {
    const known = await this.known(
      cycles.map(([code]) => code),
      manager,
    );
    const unknown = cycles.filter(([code]) => !known.has(code));
    if (unknown.length) {
      throw new BadUserInputError(
        `Unknown review cycle ${unknown.map(([code]) => code).join(', ')}`,
        unknown.map(([code, field]) => ({ field, messages: [`unknown review cycle ${code}`] })),
      );
    }
  }

  /** The codes of the cycles the country takes part in: every IMRF, and the regional reviews of its regions. */
  async codesTakenPartIn(country: string, manager: EntityManager = this.cycles.manager): Promise<string[]> {
    const rows = await manager.query<{ code: string }[]>(`SELECT rc.code FROM review_cycle rc WHERE ${takesPartSql('$1')}`, [country]);
    return rows.map((r) => r.code);
  }

  /** Whether the country takes part in the cycle, with the cycle's region; null for an unknown cycle. */
  async participationOf(
    manager: EntityManager,
    cycle: string,
    country: string,
  ): Promise<{ regionCode: string | null; takesPart: boolean } | null> {
    const [row] = await manager.query<{ region_code: string | null; takes_part: boolean }[]>(
      `SELECT rc.region_code, ${takesPartSql('$2')} AS takes_part FROM review_cycle rc WHERE rc.code = $1`,
      [cycle, country],
    );
    return row ? { regionCode: row.region_code, takesPart: row.takes_part } : null;
  }

  /** Which of these cycle codes exist; inside a transaction, pass its EntityManager. */
  async known(codes: readonly string[], manager: EntityManager): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows: { code: string }[] = await manager.query('SELECT code FROM review_cycle WHERE code = ANY($1)', [[...new Set(codes)]]);
    return new Set(rows.map((r) => r.code));
  }
}
