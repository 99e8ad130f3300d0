export interface CycleRef {
  code: string;
  kind: string;
  round?: number | null;
  year?: number | null;
  region?: { code: string } | null;
}

/**
 * The cycle to compare a cycle with: a second-round regional review with the same
 * commission's first round; an IMRF with the IMRF before it; else none.
 */
export function previousCycle(to: CycleRef | undefined, cycles: CycleRef[]): string | null {
  if (!to) return null;
  if (to.kind === 'REGIONAL') {
    const match = cycles.find((c) => c.kind === 'REGIONAL' && c.region?.code === to.region?.code && (c.round ?? 0) === (to.round ?? 0) - 1);
    return match?.code ?? null;
  }
  const earlier = cycles.filter((c) => c.kind === to.kind && (c.year ?? 0) < (to.year ?? 0)).sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return earlier[0]?.code ?? null;
}
