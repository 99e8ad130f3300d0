import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { currentRequestContext, newRequestContext } from '../common/request-context.js';
import { formatGraphqlError } from './format-error.js';
import type { GraphqlContext } from './graphql-context.js';
import { LoaderRegistry } from './loaders.js';
import { queryCostPlugin, type QueryLimits, queryShapeRules } from './query-limits.js';
import { requestLogPlugin } from './request-log.plugin.js';

@Global()
@Module({
  providers: [LoaderRegistry],
  exports: [LoaderRegistry],
})
class LoaderRegistryModule {}

export function queryLimitsOf(config: AppConfig): QueryLimits {
  return {
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxCost: config.GRAPHQL_MAX_COST,
    maxTokens: config.GRAPHQL_MAX_TOKENS,
  };
}

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
          path: '/graphql',
          playground: false,
          graphiql: false,
          introspection: config.introspectionEnabled,
          includeStacktraceInErrorResponses: false,
          parseOptions: { maxTokens: limits.maxTokens },
          validationRules: queryShapeRules(limits),
          plugins: [
            ApolloServerPluginLandingPageDisabled(),
            requestLogPlugin({ exposeStatementCount: config.NODE_ENV !== 'production' }),
            queryCostPlugin(limits),
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
  exports: [LoaderRegistryModule],
})
export class GraphqlModule {}
