import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadUserInputError, type FieldError } from '../common/errors/domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Every input is validated; a failure names each field at fault and changes nothing. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new BadUserInputError(`Invalid input: ${fields.map((f) => f.field).join(', ')}`, fields);
    },
  });
}
