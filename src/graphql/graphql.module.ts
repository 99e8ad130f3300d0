import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { currentRequestContext, newRequestContext } from '../common/request-context.js';
import { StrictDateTimeScalar } from '../common/scalars/date-time.scalar.js';
import { formatGraphqlError } from './format-error.js';
import { GraphqlExceptionFilter } from './graphql-exception.filter.js';
import { inputGuardPlugin } from './input-guard.js';
import type { GraphqlContext } from './graphql-context.js';
import { LoaderRegistry } from './loaders.js';
import { queryCostPlugin, queryLimitsOf, queryShapeRules } from './query-limits.js';
import { LiveSocketServer } from './live-socket.js';
import { requestLogPlugin } from './request-log.plugin.js';

@Global()
@Module({
  providers: [LoaderRegistry],
  exports: [LoaderRegistry],
})
class LoaderRegistryModule {}

/** Apollo behind Nest, code-first; schema.gql is written by `npm run schema:generate` only. */
@Module({
  imports: [
    LoaderRegistryModule,
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [LoaderRegistryModule],
      inject: [AppConfig, LoaderRegistry],
      useFactory: (config: AppConfig, loaders: LoaderRegistry): ApolloDriverConfig => {
        const limits = queryLimitsOf(config);
        return {
          autoSchemaFile: true,
          sortSchema: true,
          // DateTime read strictly (no rolling 30 February over to March, no year 0000, no numbers).
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTimeScalar }] },
          path: '/graphql',
          playground: false,
          graphiql: false,
          introspection: config.introspectionEnabled,
          includeStacktraceInErrorResponses: false,
          // Resolver errors carry no HTTP status of their own (answers with data are 200); the
          // request log plugin alone sets one: 503 for an answer lost to a database outage.
          preserveHttpStatusForExecutionErrors: false,
          parseOptions: { maxTokens: limits.maxTokens },
          validationRules: queryShapeRules(limits),
          plugins: [
            ApolloServerPluginLandingPageDisabled(),
            requestLogPlugin({ exposeStatementCount: config.NODE_ENV !== 'production' }),
            queryCostPlugin(limits),
            inputGuardPlugin(),
          ],
          formatError: formatGraphqlError,
          context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({
            req,
            res,
            request: currentRequestContext() ?? newRequestContext(),
            loaders: loaders.forRequest(),
          }),
        };
      },
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphqlExceptionFilter }, LiveSocketServer],
  exports: [LoaderRegistryModule],
})
export class GraphqlModule {}
