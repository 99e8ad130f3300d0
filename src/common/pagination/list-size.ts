import type { ComplexityEstimator } from '@nestjs/graphql';

/**
 * Sizes of lists for the query cost (src/graphql/query-cost.ts): what is selected inside a
 * list counts once per item it can hold. Paginated lists are sized by their `first`; every
 * other list of objects declares its largest size here, with `complexity: maxItems(n)`.
 */
export type ListSizeEstimator = ComplexityEstimator & { maxItems: number | 'page' };

/** A list of at most `n` items: what is selected inside it counts `n` times. */
export function maxItems(n: number): ListSizeEstimator {
  return Object.assign(({ childComplexity }: { childComplexity: number }) => 1 + n * childComplexity, { maxItems: n });
}

/** The `nodes` and `edges` of a connection: the paginated field that holds them already counts its page. */
export const pageItems: ListSizeEstimator = Object.assign(({ childComplexity }: { childComplexity: number }) => 1 + childComplexity, {
  maxItems: 'page' as const,
});
