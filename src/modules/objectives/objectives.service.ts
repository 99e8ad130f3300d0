import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { groupByKeys, LoaderRegistry, LoaderToken, oneByKeys } from '../../graphql/loaders.js';
import { ImrfRoundTableEntity } from './imrf-round-table.entity.js';
import { ObjectiveEntity } from './objective.entity.js';

export const OBJECTIVES_BY_ROUND_TABLE = new LoaderToken<number, ObjectiveEntity[]>('objectivesByRoundTable');
export const ROUND_TABLE_BY_NUMBER = new LoaderToken<number, ImrfRoundTableEntity | null>('roundTableByNumber');
export const OBJECTIVE_BY_NUMBER = new LoaderToken<number, ObjectiveEntity | null>('objectiveByNumber');

@Injectable()
export class ObjectivesService implements OnModuleInit {
  constructor(
    @InjectRepository(ObjectiveEntity) private readonly objectives: Repository<ObjectiveEntity>,
    @InjectRepository(ImrfRoundTableEntity) private readonly roundTables: Repository<ImrfRoundTableEntity>,
    private readonly loaders: LoaderRegistry,
  ) {}

  onModuleInit(): void {
    this.loaders.register(OBJECTIVES_BY_ROUND_TABLE, async (numbers) =>
      groupByKeys(
        numbers,
        await this.objectives.find({ where: { imrfRoundTableNumber: In([...numbers]) }, order: { number: 'ASC' } }),
        (o) => o.imrfRoundTableNumber as number,
      ),
    );
    this.loaders.register(ROUND_TABLE_BY_NUMBER, async (numbers) =>
      oneByKeys(numbers, await this.roundTables.findBy({ number: In([...numbers]) }), (rt) => rt.number),
    );
    this.loaders.register(OBJECTIVE_BY_NUMBER, async (numbers) =>
      oneByKeys(numbers, await this.objectives.findBy({ number: In([...numbers]) }), (o) => o.number),
    );
  }

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
