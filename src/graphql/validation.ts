import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { BadUserInputError, type FieldError } from '../common/errors/domain-error.js';
import { trimTexts } from '../common/validation/fields.js';

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/**
 * Names fields from the operation's point of view: a field of `@Args('input')` is
 * `input.title`; a field of an `@Args()` class is its argument name, e.g. `filter.region`.
 */
class FieldNamingValidationPipe extends ValidationPipe {
  /** Texts are trimmed before they are validated, so a title of spaces is refused as too short. */
  protected override validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> | ValidationError[] {
    trimTexts(object);
    return super.validate(object, validatorOptions);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(withoutExplicitNulls(value, metadata), metadata);
    } catch (err) {
      if (!(err instanceof BadUserInputError) || !metadata.data) throw err;
      const fields = err.fields.map((f) => ({ field: `${metadata.data}.${f.field}`, messages: f.messages }));
      throw new BadUserInputError(`Invalid input: ${fields.map((f) => f.field).join(', ')}`, fields);
    }
  }
}

/**
 * An optional argument sent as an explicit null (`reviewCycles(filter: null)`) means the same
 * as leaving it out: the argument's default applies. Only arguments themselves: inside an
 * input object a null can mean "clear this field" (e.g. UpdateAccountInput.country).
 */
function withoutExplicitNulls(value: unknown, metadata: ArgumentMetadata): unknown {
  // GraphQL arguments reach pipes as 'body' (@nestjs/graphql's ARGS); the parent, context and info are 'custom'.
  if (metadata.type !== 'body') return value;
  if (value === null && metadata.data) return undefined;
  if (metadata.data || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}

/** Every input is validated; a failure names each field at fault and changes nothing. */
export function createValidationPipe(): ValidationPipe {
  return new FieldNamingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      return new BadUserInputError(`Invalid input: ${fields.map((f) => f.field).join(', ')}`, fields);
    },
  });
}
