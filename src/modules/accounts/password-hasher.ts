import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { AppConfig } from '../../config/app-config.js';

/**
 * Hashes passwords with argon2id at the cost set by PASSWORD_HASH_MEMORY_KIB and
 * PASSWORD_HASH_ITERATIONS (production refuses anything cheaper than the defaults: the
 * config check). A hash records its own parameters, so verification works whatever
 * cost a password was hashed at.
 */
@Injectable()
export class PasswordHasher {
  constructor(private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: this.config.PASSWORD_HASH_MEMORY_KIB,
      timeCost: this.config.PASSWORD_HASH_ITERATIONS,
    });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }
}
