/** The error codes a client can rely on, sent as `extensions.code`. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'REPORTING_WINDOW_CLOSED',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COMPLEX',
  /** The database cannot be reached for the moment: retry (HTTP 503 where a status applies). */
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field, e.g. `{ field: "filter.region", messages: ["unknown region"] }`. */
export interface FieldError {
  field: string;
  messages: string[];
}

/** An expected failure, explained to the caller with a code and, for input, the fields at fault. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    /** Sent beside the code in `extensions`, e.g. the limit a query went over. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, fields: FieldError[] = []) {
    super('BAD_USER_INPUT', message, fields);
  }
}

/** A workflow step that the record's current state does not allow (e.g. updating a withdrawn pledge). */
export class IllegalTransitionError extends DomainError {
  constructor(message: string, fields: FieldError[] = []) {
    super('ILLEGAL_TRANSITION', message, fields);
  }
}

/** A focal point's step on a progress report outside the reporting window of its cycle (with any extension). */
export class ReportingWindowClosedError extends DomainError {
  constructor(message: string) {
    super('REPORTING_WINDOW_CLOSED', message);
  }
}

/** The record changed since the caller read it: the write carried a stale version. */
export class StaleVersionError extends DomainError {
  constructor(what: string, id: string, current: number, sent: number) {
    super('CONFLICT', `${what} ${id} changed since you read it (version ${current}, you sent ${sent}); reload and retry`, [
      { field: 'version', messages: [`stale: the current version is ${current}`] },
    ]);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string | number) {
    super('NOT_FOUND', `${what} ${String(key)} was not found`);
  }
}

/** Which limit a refused query went over. */
export type QueryLimit = 'depth' | 'aliases' | 'cost' | 'tokens' | 'introspectionNesting';

const LIMIT_NAMES: Record<QueryLimit, string> = {
  depth: 'depth',
  aliases: 'number of aliases',
  cost: 'cost',
  tokens: 'number of tokens',
  introspectionNesting: 'nesting of introspection lists',
};

/** A query refused before it runs: it goes over one of the limits (config GRAPHQL_MAX_*). */
export class QueryTooComplexError extends DomainError {
  constructor(limit: QueryLimit, max: number, measured: number | null) {
    super(
      'QUERY_TOO_COMPLEX',
      measured === null
        ? `The query goes over the limit on its ${LIMIT_NAMES[limit]} (${max}): ask for less, or page through the results`
        : `The query's ${LIMIT_NAMES[limit]} is ${measured}, over the limit of ${max}: ask for less, or page through the results`,
      [],
      { limit, max, measured },
    );
  }
}
