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
