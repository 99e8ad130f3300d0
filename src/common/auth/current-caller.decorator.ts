import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from './access.guard.js';
import { ANONYMOUS, type Caller } from './caller.js';

/** The caller the access guard established for this request. */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller => requestOf(context).caller ?? ANONYMOUS,
);
