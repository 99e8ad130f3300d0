import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FindOptionsWhere, Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error.js';
import type { ReviewCyclesFilter } from './dto/review-cycles.args.js';
import { ReviewCycleEntity } from './review-cycle.entity.js';

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
}
