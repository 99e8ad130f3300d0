import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { currentRequestContext } from '../common/request-context.js';

/**
 * Counts every statement against the current request (the per-request log line and the
 * loader tests read the count) and reports failed and slow statements. Parameters are
 * never logged: they can hold personal data.
 */
export class SqlStatementLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('SQL');

  constructor(private readonly slowStatementMs = 500) {}

  logQuery(): void {
    const context = currentRequestContext();
    if (context) context.sqlStatements += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    const message = error instanceof Error ? error.message : error;
    this.logger.warn(`Statement failed: ${message} -- ${truncate(query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    if (time >= this.slowStatementMs) this.logger.warn(`Slow statement (${time} ms): ${truncate(query)}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}

function truncate(query: string): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 300)}...` : oneLine;
}
