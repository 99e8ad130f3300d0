/** The error codes a client can rely on, sent as `extensions.code`. */
export const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS'] as const;
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

export class NotFoundError extends DomainError {
  constructor(what: string, key: string | number) {
    super('NOT_FOUND', `${what} ${String(key)} was not found`);
  }
}
