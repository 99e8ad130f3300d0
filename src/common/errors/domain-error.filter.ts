import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { databaseErrorOf } from '../../database/database-errors.js';
import { DomainError, type ErrorCode } from './domain-error.js';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  REPORTING_WINDOW_CLOSED: 409,
  TOO_MANY_REQUESTS: 429,
  QUERY_TOO_COMPLEX: 400,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * For plain HTTP routes (downloads): a domain error becomes its status code and the same
 * body shape GraphQL clients get in `extensions` ({ error: { code, message, fields } }).
 * Anything else is a 500 with no detail. A response already streaming is cut short.
 */
@Catch()
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.destroy(exception instanceof Error ? exception : undefined);
      return;
    }
    const domain = exception instanceof DomainError ? exception : databaseErrorOf(exception);
    if (domain) {
      if (domain.code === 'SERVICE_UNAVAILABLE') res.setHeader('retry-after', '5');
      res.status(STATUS[domain.code]).json({ error: { code: domain.code, message: domain.message, fields: domain.fields } });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() === 404) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: exception.message, fields: [] } });
      return;
    }
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error', fields: [] } });
  }
}
