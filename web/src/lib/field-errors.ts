import type { CombinedError } from 'urql';

/** One problem with one input field, as the API sends it in `extensions.fields`. */
export interface ApiFieldError {
  field: string;
  messages: string[];
}

/** A refused GraphQL operation, as the API explains it: `extensions.code` and `extensions.fields`. */
export interface ApiError {
  /** BAD_USER_INPUT, CONFLICT, UNAUTHENTICATED...; null for a network failure or an answer without a code. */
  code: string | null;
  message: string;
  fields: ApiFieldError[];
}

const isFieldError = (value: unknown): value is ApiFieldError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ApiFieldError).field === 'string' &&
  Array.isArray((value as ApiFieldError).messages) &&
  (value as ApiFieldError).messages.every((m) => typeof m === 'string');

/** The first GraphQL error of a result, with its code and field errors; null when there is none. */
export function apiErrorOf(error: CombinedError | undefined | null): ApiError | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: null, message: error.networkError?.message ?? error.message, fields: [] };
  const code = first.extensions.code;
  const fields = first.extensions.fields;
  return {
    code: typeof code === 'string' ? code : null,
    message: first.message,
    fields: Array.isArray(fields) ? fields.filter(isFieldError) : [],
  };
}

export interface FormErrors<F extends string> {
  /** For Mantine inputs' `error` prop (and @mantine/form's `setErrors`): one text per form field. */
  errors: Partial<Record<F, string>>;
  /** The API's field errors that no form field shows: say them in an alert above the form. */
  unmatched: ApiFieldError[];
}

/**
 * Maps the API's field errors to the form's fields. `fields` names, for each API field path
 * (`input.email`, `newPassword`), the form field that shows it; `describe` gives the text in
 * the page's language (the API's own messages are English), from the form field, the error's
 * code and the API's messages. A field path deeper than a mapped one (`input.links.0.url`
 * under `input.links`) goes to the same form field.
 */
export function toFormErrors<F extends string>(
  error: ApiError | null,
  fields: Record<string, F>,
  describe: (field: F, code: string | null, messages: string[]) => string,
): FormErrors<F> {
  const result: FormErrors<F> = { errors: {}, unmatched: [] };
  if (!error) return result;
  const paths = Object.keys(fields).sort((a, b) => b.length - a.length);
  for (const fieldError of error.fields) {
    const path = paths.find((p) => fieldError.field === p || fieldError.field.startsWith(`${p}.`));
    if (path === undefined) {
      result.unmatched.push(fieldError);
      continue;
    }
    const formField = fields[path];
    if (result.errors[formField] === undefined) result.errors[formField] = describe(formField, error.code, fieldError.messages);
  }
  return result;
}
