import { Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { KeepsWhitespace } from '../../../common/validation/fields.js';

export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
export const lower = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);
export const upper = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function PasswordField(description: string, options: { optional?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { description, nullable: options.optional === true })(target, key);
    KeepsWhitespace()(target, key);
    IsString()(target, key);
    MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters` })(target, key);
    MaxLength(PASSWORD_MAX, { message: `password must be at most ${PASSWORD_MAX} characters` })(target, key);
  };
}
