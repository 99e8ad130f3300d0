import { InputType, PartialType } from '@nestjs/graphql';
import { CreateEventInput } from './create-event.input.js';

/** Every field of CreateEventInput, each optional (validators and descriptions inherited). */
@InputType({ description: 'Only the fields given change; a list given replaces the stored one; null clears an optional field.' })
export class UpdateEventInput extends PartialType(CreateEventInput) {}
