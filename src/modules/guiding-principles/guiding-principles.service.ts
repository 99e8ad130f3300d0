import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { LoaderRegistry, LoaderToken, oneByKeys } from '../../graphql/loaders.js';
import { GuidingPrincipleEntity } from './guiding-principle.entity.js';

export const GUIDING_PRINCIPLE_BY_NUMBER = new LoaderToken<number, GuidingPrincipleEntity | null>('guidingPrincipleByNumber');

@Injectable()
export class GuidingPrinciplesService implements OnModuleInit {
  constructor(
    @InjectRepository(GuidingPrincipleEntity) private readonly principles: Repository<GuidingPrincipleEntity>,
    private readonly loaders: LoaderRegistry,
  ) {}

  onModuleInit(): void {
    this.loaders.register(GUIDING_PRINCIPLE_BY_NUMBER, async (numbers) =>
      oneByKeys(numbers, await this.principles.findBy({ number: In([...numbers]) }), (p) => p.number),
    );
  }

  findAll(): Promise<GuidingPrincipleEntity[]> {
    return this.principles.find({ order: { number: 'ASC' } });
  }
}
