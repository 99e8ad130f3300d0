import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { ImrfRoundTableEntity } from './imrf-round-table.entity.js';
import type { ObjectiveEntity } from './objective.entity.js';
import { referenceObjectives } from './objectives.loader.js';

@Injectable()
export class ObjectivesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(ImrfRoundTableEntity) private readonly roundTables: Repository<ImrfRoundTableEntity>,
  ) {}

  /** The 23 objectives, in order (reference data, from memory after the process's first read). */
  findAll(): Promise<ObjectiveEntity[]> {
    return referenceObjectives(this.db).all();
  }

  async findOne(number: number): Promise<ObjectiveEntity> {
    const objective = (await referenceObjectives(this.db).byNumber()).get(number);
    if (!objective) throw new NotFoundError('Objective', number);
    return objective;
  }

  findRoundTables(): Promise<ImrfRoundTableEntity[]> {
    return this.roundTables.find({ order: { number: 'ASC' } });
  }
}
