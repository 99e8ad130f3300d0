import type { CombinedError } from 'urql';

/**
 * The API's refusals as the form shows them: `extensions.code`, and for bad input the fields
 * at fault (`extensions.fields: [{ field, messages }]`, see src/common/errors/domain-error.ts),
 * named from the operation's point of view (`input.narrative`, `narrative`, `objective16.narrative`).
 */
export interface ApiRefusal {
  code: string | null;
  message: string;
  /** Messages by field, with the argument prefix (`input.`) removed: `narrative`, `pledgeIds`. */
  fields: Record<string, string[]>;
}

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

const isFieldError = (v: unknown): v is { field: string; messages: string[] } =>
  !!v &&
  typeof (v as { field?: unknown }).field === 'string' &&
  Array.isArray((v as { messages?: unknown }).messages) &&
  (v as { messages: unknown[] }).messages.every((m) => typeof m === 'string');

export function refusalOf(error: { graphQLErrors: readonly ErrorLike[]; message: string } | CombinedError): ApiRefusal {
  const first = error.graphQLErrors[0];
  const fields: Record<string, string[]> = {};
  const list = first?.extensions?.fields;
  if (Array.isArray(list)) {
    for (const f of list.filter(isFieldError)) {
      const name = f.field.replace(/^input\./, '');
      fields[name] = [...(fields[name] ?? []), ...f.messages];
    }
  }
  const code = first?.extensions?.code;
  return { code: typeof code === 'string' ? code : null, message: first?.message ?? error.message, fields };
}

/** The messages of the fields the form does not show at a field of its own. */
export function otherFieldMessages(refusal: ApiRefusal, shown: readonly string[]): string[] {
  return Object.entries(refusal.fields)
    .filter(([field]) => !shown.includes(field))
    .flatMap(([field, messages]) => messages.map((m) => `${field}: ${m}`));
}
