import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { ImrfRoundTableEntity } from './imrf-round-table.entity.js';
import { ObjectiveEntity } from './objective.entity.js';

@Injectable()
export class ObjectivesService {
  constructor(
    @InjectRepository(ObjectiveEntity) private readonly objectives: Repository<ObjectiveEntity>,
    @InjectRepository(ImrfRoundTableEntity) private readonly roundTables: Repository<ImrfRoundTableEntity>,
  ) {}

  findAll(): Promise<ObjectiveEntity[]> {
    return this.objectives.find({ order: { number: 'ASC' } });
  }

  async findOne(number: number): Promise<ObjectiveEntity> {
    const objective = await this.objectives.findOneBy({ number });
    if (!objective) throw new NotFoundError('Objective', number);
    return objective;
  }

  findRoundTables(): Promise<ImrfRoundTableEntity[]> {
    return this.roundTables.find({ order: { number: 'ASC' } });
  }
}
