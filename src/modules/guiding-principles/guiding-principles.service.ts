import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { GuidingPrincipleEntity } from './guiding-principle.entity.js';

@Injectable()
export class GuidingPrinciplesService {
  constructor(@InjectRepository(GuidingPrincipleEntity) private readonly principles: Repository<GuidingPrincipleEntity>) {}

  findAll(): Promise<GuidingPrincipleEntity[]> {
    return this.principles.find({ order: { number: 'ASC' } });
  }
}
