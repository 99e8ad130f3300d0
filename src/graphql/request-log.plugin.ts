import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import type { GraphqlContext } from './graphql-context.js';

/** Codes that say the server, not the request, is at fault: their line is a warning or an error. */
const SERVER_SIDE = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

/**
 * One log line per GraphQL operation: name, duration, SQL statements, and the error codes the
 * client got (read from the formatted response, so a domain error is logged by its own code).
 * Expected refusals are routine (info); SERVICE_UNAVAILABLE is a warning; INTERNAL_SERVER_ERROR
 * an error (its stack is logged once, by formatGraphqlError). Variables are never logged (they
 * can hold passwords and personal data). Outside production the statement count is also
 * returned in the `x-sql-statements` header, which the loader tests and the benchmark read.
 *
 * An answer with no data because the database is unavailable gets HTTP 503 and Retry-After.
 */
export function requestLogPlugin(options: { exposeStatementCount: boolean }): ApolloServerPlugin<GraphqlContext> {
  const logger = new Logger('GraphQL');
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, operationName, response }): Promise<void> {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const request = contextValue.request;
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const errorCodes = [
            ...new Set(
              (result.errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR')),
            ),
          ];
          if (options.exposeStatementCount) response.http.headers.set('x-sql-statements', String(request.sqlStatements));
          if (errorCodes.includes('SERVICE_UNAVAILABLE') && (result.data === null || result.data === undefined)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
          const line = {
            msg: 'graphql',
            requestId: request.requestId,
            operationName: operationName ?? null,
            durationMs: Math.round(durationMs * 10) / 10,
            sqlStatements: request.sqlStatements,
            queryCost: request.queryCost,
            errorCodes,
          };
          if (errorCodes.includes('INTERNAL_SERVER_ERROR')) logger.error(line);
          else if (errorCodes.some((c) => SERVER_SIDE.has(c))) logger.warn(line);
          else logger.log(line);
        },
      };
    },
  };
}
