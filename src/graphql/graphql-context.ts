import type { Request, Response } from 'express';
import type { RequestContext } from '../common/request-context.js';
import type { RequestLoaders } from './loaders.js';

/** What every resolver receives as its GraphQL context. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  request: RequestContext;
  loaders: RequestLoaders;
}
