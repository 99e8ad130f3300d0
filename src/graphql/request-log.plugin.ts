import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import type { GraphqlContext } from './graphql-context.js';

/**
 * One log line per GraphQL operation: name, duration, SQL statements, error codes.
 * Variables are never logged (they can hold passwords and personal data). Outside
 * production the statement count is also returned in the `x-sql-statements` header,
 * which the loader tests and the benchmark read.
 */
export function requestLogPlugin(options: { exposeStatementCount: boolean }): ApolloServerPlugin<GraphqlContext> {
  const logger = new Logger('GraphQL');
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, operationName, response, errors }): Promise<void> {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const request = contextValue.request;
          const errorCodes = [
            ...new Set((errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'))),
          ];
          if (options.exposeStatementCount) response.http.headers.set('x-sql-statements', String(request.sqlStatements));
          logger.log({
            msg: 'graphql',
            requestId: request.requestId,
            operationName: operationName ?? null,
            durationMs: Math.round(durationMs * 10) / 10,
            sqlStatements: request.sqlStatements,
            queryCost: request.queryCost,
            errorCodes,
          });
        },
      };
    },
  };
}
