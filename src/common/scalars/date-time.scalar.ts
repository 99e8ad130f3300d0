import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { FIRST_YEAR, isCalendarDate, LAST_YEAR } from '../validation/fields.js';

/** RFC 3339 date-time: a calendar date, a time of day, and a UTC offset (Z or ±hh:mm). */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/**
 * An instant written as an RFC 3339 string, read strictly: 2023-02-30T10:00:00Z is refused
 * (JavaScript's Date would roll it over to 2 March), and so are numbers, years outside
 * FIRST_YEAR to LAST_YEAR (no year 0000, which PostgreSQL has not), hours past 23 and
 * offsets past 23:59. The name and description are those of @nestjs/graphql's DateTime,
 * whose `new Date(value)` accepted all of the above.
 */
export function parseDateTime(value: unknown): Date {
  const refuse = (): never => {
    throw new GraphQLError(
      `DateTime must be a date-time string such as 2024-06-01T09:00:00Z (a real calendar day in the years ${FIRST_YEAR} to ${LAST_YEAR})`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  };
  if (typeof value !== 'string') return refuse();
  const m = DATE_TIME.exec(value);
  if (m?.[1] === undefined || !isCalendarDate(m[1])) return refuse();
  const [hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return refuse();
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return refuse();
  const date = new Date(value.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? refuse() : date;
}

export const StrictDateTimeScalar = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
