import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../common/errors/domain-error.js';
import { currentRequestContext } from '../common/request-context.js';
import { databaseErrorOf } from '../database/database-errors.js';
import { preExecutionRefusal } from './query-limits.js';

const logger = new Logger('GraphQL');

/** Codes produced by GraphQL itself (parsing, validation, variable coercion): passed through. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
]);

/**
 * The one place where errors become what clients see. Domain errors keep their code and
 * field-level detail; anything unexpected becomes INTERNAL_SERVER_ERROR with the request id
 * (the stack stays in the server log, never in the response).
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = domainErrorOf(error, formatted) ?? unwrapResolverError(error);
  // A database refusal raised outside a resolver's filter (a field resolver, a loader).
  const original = databaseErrorOf(unwrapped) ?? unwrapped;
  const requestId = currentRequestContext()?.requestId;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        ...(original.fields.length ? { fields: original.fields } : {}),
        ...original.details,
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PROTOCOL_CODES.has(code) && original === error) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error(
    { err: original instanceof Error ? { message: original.message, stack: original.stack, name: original.name } : original, requestId },
    'Unexpected error while serving a GraphQL request',
  );
  return {
    message: `Internal server error (request ${requestId ?? 'unknown'})`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

/** A domain error raised before execution (a query limit) travels as the originalError of a validation error. */
function domainErrorOf(error: unknown, formatted: GraphQLFormattedError): DomainError | undefined {
  if (error instanceof GraphQLError && error.originalError instanceof DomainError) return error.originalError;
  return preExecutionRefusal(formatted.extensions?.code, formatted.message);
}
