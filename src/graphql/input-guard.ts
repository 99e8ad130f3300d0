import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { BadUserInputError, type FieldError } from '../common/errors/domain-error.js';
import { hasLoneSurrogate, isUuid } from '../common/validation/fields.js';
import type { GraphqlContext } from './graphql-context.js';

/**
 * Rules every argument of every operation obeys, checked once the operation is resolved and
 * before any resolver runs, on inline values and variables alike, nested input fields and
 * list items included:
 * - text holds no NUL character and no lone UTF-16 surrogate (PostgreSQL cannot store the
 *   first, and the second is no character at all);
 * - an `ID` is a UUID, which every id of this API is.
 * A refusal is BAD_USER_INPUT naming each field at fault (e.g. `input.title`, `pledgeIds.1`).
 */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldError[] {
  const problems: FieldError[] = [];
  const typeInfo = new TypeInfo(schema);
  const check = (value: unknown, type: GraphQLInputType, field: string): void => {
    if (value === null || value === undefined) return;
    const inner = getNullableType(type);
    if (isListType(inner)) {
      if (Array.isArray(value)) value.forEach((item, i) => check(item, inner.ofType, `${field}.${i}`));
      else check(value, inner.ofType, field);
      return;
    }
    if (isInputObjectType(inner)) {
      if (typeof value !== 'object') return;
      const fields = inner.getFields();
      for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
        if (fields[name]) check(item, fields[name].type, `${field}.${name}`);
      }
      return;
    }
    if (isScalarType(inner) && typeof value === 'string') {
      const messages: string[] = [];
      if (value.includes('\u0000')) messages.push(`${field} must not contain a NUL character`);
      if (hasLoneSurrogate(value)) messages.push(`${field} must be well-formed text (it holds a lone UTF-16 surrogate)`);
      if (inner.name === 'ID' && !isUuid(value)) messages.push(`${field} must be a UUID`);
      if (messages.length) problems.push({ field, messages });
    }
  };
  const roots = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  for (const root of roots) {
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (!argument) return;
          // Variables are read as sent; a value that does not fit its type is refused by GraphQL itself.
          const value =
            node.value.kind === Kind.VARIABLE ? variables[node.value.name.value] : valueFromAST(node.value, argument.type, variables);
          check(value, argument.type, argument.name);
        },
      }),
    );
  }
  return problems;
}

export function inputGuardPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
      return {
        async didResolveOperation({ schema, document, operation, request }): Promise<void> {
          if (!operation) return;
          const problems = inputProblems(schema, document, operation, request.variables ?? {});
          if (!problems.length) return;
          const error = new BadUserInputError(`Invalid input: ${problems.map((p) => p.field).join(', ')}`, problems);
          throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
        },
      };
    },
  };
}
