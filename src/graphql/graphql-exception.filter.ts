import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { databaseErrorOf } from '../database/database-errors.js';

/**
 * Errors of GraphQL resolvers go to formatGraphqlError untouched (a database refusal first
 * becomes the domain error it stands for), instead of through Nest's default handler, which
 * logs every one of them, expected refusals included, at error level with a stack. The one
 * line per unexpected error is formatGraphqlError's, with the request id. Other routes keep
 * Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    return databaseErrorOf(exception) ?? exception;
  }
}
