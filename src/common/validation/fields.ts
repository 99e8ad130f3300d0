import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayUnique, IsString, IsUrl, Matches, MaxLength, registerDecorator, type ValidationOptions } from 'class-validator';

/** A three-letter ISO 3166-1 alpha-3 code (any letter case; stored upper case). */
export const IsIso3 = (options: ValidationOptions = {}): PropertyDecorator =>
  Matches(/^[A-Za-z]{3}$/, { message: '$property must be a three-letter ISO 3166-1 alpha-3 code such as MAR', ...options });

/** A region code such as ECA or EUROPE (its existence is checked by the service). */
export const IsRegionCode = (options: ValidationOptions = {}): PropertyDecorator =>
  Matches(/^[A-Z]{2,16}$/, { message: 'region must be a region code such as ECA or EUROPE', ...options });

/** A review cycle code such as IMRF-2022 or RR2-ECA-2024 (its existence is checked by the service). */
export const IsCycleCode = (): PropertyDecorator => applyDecorators(IsString(), MaxLength(40));

/** The years a date of this API may fall in: no year 0000 (PostgreSQL has none), no five-digit years. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A UTF-16 surrogate without its pair: no character at all (what String.prototype.isWellFormed checks in ES2024). */
export const hasLoneSurrogate = (value: string): boolean => LONE_SURROGATE.test(value);

/** Every id of this API is a UUID (any version). */
export const isUuid = (value: string): boolean => UUID.test(value);

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not), in the years FIRST_YEAR to LAST_YEAR. */
export function IsCalendarDate(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be a date written YYYY-MM-DD, in the years ${FIRST_YEAR} to ${LAST_YEAR}`, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      },
    });
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today's date in UTC, YYYY-MM-DD. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** The calendar day `days` after (or, negative, before) a YYYY-MM-DD day. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A list of web links (http or https), at most `max`, no repeats. */
export const AreWebLinks = (max = 20): PropertyDecorator =>
  applyDecorators(
    ArrayMaxSize(max),
    ArrayUnique(),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each link must be a full http(s) address' }),
    MaxLength(2000, { each: true }),
  );

const KEEPS_WHITESPACE = Symbol('keepsWhitespace');

/**
 * Every text of an input is trimmed before it is validated (a title of spaces is an empty
 * title, refused by its length rule), except a field marked with this: a password is taken
 * exactly as typed.
 */
export const KeepsWhitespace = (): PropertyDecorator => (target, key) => Reflect.defineMetadata(KEEPS_WHITESPACE, true, target, key);

const keepsWhitespace = (target: object, key: string): boolean => Reflect.getMetadata(KEEPS_WHITESPACE, target, key) === true;

/** Trims, in place, every string of an input instance and of its nested inputs and lists (see KeepsWhitespace). */
export function trimTexts(value: unknown, depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (typeof item === 'string') value[i] = item.trim();
      else trimTexts(item, depth + 1);
    });
    return;
  }
  if (value instanceof Date || value instanceof Promise) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'string') {
      if (!keepsWhitespace(value, key)) record[key] = item.trim();
    } else trimTexts(item, depth + 1);
  }
}
