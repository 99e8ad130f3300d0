import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, Max, Min } from 'class-validator';
import type { FieldError } from '../../../common/errors/domain-error.js';

/** Objective numbers (1-23): at least one, no repeats. */
export const AreObjectiveNumbers = (): PropertyDecorator =>
  applyDecorators(ArrayMinSize(1), ArrayMaxSize(23), ArrayUnique(), IsInt({ each: true }), Min(1, { each: true }), Max(23, { each: true }));

/** One objective number (1-23). */
export const IsObjectiveNumber = (): PropertyDecorator => applyDecorators(IsInt(), Min(1), Max(23));

/** Guiding principle numbers (1-10), no repeats. */
export const ArePrincipleNumbers = (): PropertyDecorator =>
  applyDecorators(ArrayMaxSize(10), ArrayUnique(), IsInt({ each: true }), Min(1, { each: true }), Max(10, { each: true }));

/** Objectives as stored: the list and its main one. */
export interface ServedObjectives {
  objectives: number[];
  mainObjective: number;
}

/**
 * Resolves the main objective (default: the first listed) and checks it is listed. `prefix`
 * names where the input sits (e.g. `input`, `rows[3]`) for field-level errors.
 */
export function resolveServedObjectives(
  objectives: number[],
  mainObjective: number | undefined | null,
  prefix: string,
): ServedObjectives | FieldError {
  const [first] = objectives;
  if (first === undefined) return { field: `${prefix}.objectives`, messages: ['at least one objective is required'] };
  const main = mainObjective ?? first;
  if (!objectives.includes(main))
    return { field: `${prefix}.mainObjective`, messages: [`the main objective ${main} must be one of the objectives listed`] };
  return { objectives, mainObjective: main };
}
