import { getNullableType, isListType } from 'graphql';
import { type ComplexityEstimatorArgs, fieldExtensionsEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination/connection.js';

/**
 * How a query's cost is counted, before any resolver runs: every field costs 1, and a list
 * multiplies what is selected inside it by how many items it can hold. A paginated field
 * multiplies by its `first` (the default page when absent, at most the cap); any other list
 * of objects declares its largest size with `complexity: maxItems(n)` (a test walks the schema
 * and fails on a list that declares nothing; common/pagination/list-size.ts). Introspection (types named `__…`) counts one
 * per field; its lists are bounded by their nesting instead (see query-limits.ts).
 */

/** Lists that declare nothing (none should: a test says so) count as this many items. */
export const UNDECLARED_LIST_SIZE = 100;

/** A paginated field (it takes `first`): what is selected inside counts once per item of the page. */
function paginationEstimator({ args, field, childComplexity }: ComplexityEstimatorArgs): number | void {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const requested = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.min(requested, MAX_PAGE_SIZE) * childComplexity;
}

function fallbackEstimator({ type, field, childComplexity }: ComplexityEstimatorArgs): number {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + UNDECLARED_LIST_SIZE * childComplexity;
  return 1 + childComplexity;
}

/** The estimators, in the order graphql-query-complexity tries them. */
export const costEstimators = [fieldExtensionsEstimator(), paginationEstimator, fallbackEstimator];
