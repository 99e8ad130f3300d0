import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { QueryTooComplexError, type QueryLimit } from '../common/errors/domain-error.js';
import { costEstimators } from './query-cost.js';
import type { GraphqlContext } from './graphql-context.js';
import type { AppConfig } from '../config/app-config.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
}

export function queryLimitsOf(config: AppConfig): QueryLimits {
  return {
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxCost: config.GRAPHQL_MAX_COST,
    maxTokens: config.GRAPHQL_MAX_TOKENS,
  };
}

/** The graphql-query-complexity analyser's own bound on the fields it visits (fragments spread many times). */
const MAX_ANALYSED_NODES = 10_000;

/** A refusal as Apollo sends it: HTTP 400, and the domain error that formatGraphqlError turns into QUERY_TOO_COMPLEX. */
export function refusal(limit: QueryLimit, max: number, measured: number | null): GraphQLError {
  const error = new QueryTooComplexError(limit, max, measured);
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}

/** graphql-armor's rules report through a callback; this keeps the limit and the figure it found. */
function armorRefusal(limit: QueryLimit, max: number) {
  return (context: ValidationContext | null, err: GraphQLError): void => {
    const found = /found (\d+)/.exec(err.message);
    context?.reportError(refusal(limit, max, found ? Number(found[1]) : null));
  };
}

/**
 * The rules that judge a document by its shape alone (Apollo caches their verdict per document):
 * depth (graphql-armor) and aliases (graphql-armor). Introspection that walks
 * `fields { type { fields ... } }` is refused by graphql-js itself (MaxIntrospectionDepthRule,
 * three nested lists, which the IDE's introspection query needs); its refusal is answered
 * as QUERY_TOO_COMPLEX too (see preExecutionRefusal).
 */
export function queryShapeRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [armorRefusal('depth', limits.maxDepth)],
    }),
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [armorRefusal('aliases', limits.maxAliases)] }),
  ];
}

/**
 * The cost of the operation with its variables (graphql-query-complexity), checked after the
 * operation is resolved and before execution starts, so no resolver runs for a refused query.
 */
export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
      return {
        async didResolveOperation({ request, document, schema, contextValue }): Promise<void> {
          const cost = operationCost(schema, document, request.operationName, request.variables, limits);
          if (cost !== null) contextValue.request.queryCost = cost;
        },
      };
    },
  };
}

/**
 * The cost of an operation with its variables (graphql-query-complexity); throws the
 * QUERY_TOO_COMPLEX refusal above the limit. Null when the variables do not fit their types:
 * execution refuses them before any resolver runs.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  limits: QueryLimits,
): number | null {
  const memo = costMemoKey(operationName, variables);
  let known = memo === null ? undefined : measuredCosts.get(document);
  const hit = memo === null ? undefined : known?.get(memo);
  if (hit !== undefined) {
    if (hit !== null && hit > limits.maxCost) throw refusal('cost', limits.maxCost, hit);
    return hit;
  }
  const cost = measureCost(schema, document, operationName, variables, limits);
  if (memo !== null) {
    if (!known) measuredCosts.set(document, (known = new Map<string, number | null>()));
    if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
    known.set(memo, cost);
  }
  if (cost !== null && cost > limits.maxCost) throw refusal('cost', limits.maxCost, cost);
  return cost;
}

/**
 * Costs measured already, by parsed document (Apollo keeps one DocumentNode per query text
 * in its document cache, so a repeated query finds its figure) and by operation name and
 * variables: measuring walks the whole document with the schema, a tenth of a small query's
 * work. Held weakly: a document Apollo drops takes its figures with it.
 */
const measuredCosts = new WeakMap<DocumentNode, Map<string, number | null>>();
const MAX_COSTS_PER_DOCUMENT = 64;
const MAX_COST_KEY_LENGTH = 2_000;

function costMemoKey(operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): string | null {
  const key = `${operationName ?? ''}\u0000${variables ? JSON.stringify(variables) : ''}`;
  return key.length <= MAX_COST_KEY_LENGTH ? key : null;
}

function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  limits: QueryLimits,
): number | null {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: costEstimators,
      maxQueryNodes: MAX_ANALYSED_NODES,
    });
  } catch (err) {
    if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) {
      throw refusal('cost', limits.maxCost, null);
    }
    if (err instanceof GraphQLError) return null;
    throw err;
  }
  return cost;
}

/** The introspection list nesting graphql-js allows (MAX_LISTS_DEPTH of its MaxIntrospectionDepthRule). */
const GRAPHQL_JS_INTROSPECTION_LISTS = 3;

/**
 * The limits graphql-js enforces itself (tokens at parse time, introspection depth at
 * validation) report a plain message; it is recognised here and answered as QUERY_TOO_COMPLEX.
 */
export function preExecutionRefusal(code: unknown, message: string): QueryTooComplexError | undefined {
  if (code === 'GRAPHQL_PARSE_FAILED') {
    const match = /Document contains more tha[nt] (\d+) tokens/.exec(message);
    return match ? new QueryTooComplexError('tokens', Number(match[1]), null) : undefined;
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && message === 'Maximum introspection depth exceeded') {
    return new QueryTooComplexError('introspectionNesting', GRAPHQL_JS_INTROSPECTION_LISTS, null);
  }
  return undefined;
}
