/**
 * Filters live in the URL, so any view can be shared as a link. A page declares its filters
 * once (name, kind, default); these functions read them from the query string and write
 * them back, leaving out values equal to their default so links stay short.
 */
export type FilterKind = 'string' | 'int' | 'boolean';
export interface FilterSpec {
  kind: FilterKind;
  default?: string | number | boolean | null;
  /** For strings: the values allowed (anything else reads as the default). */
  allowed?: readonly string[];
}
export type FilterSpecs = Record<string, FilterSpec>;
export type FilterValues<S extends FilterSpecs> = { [K in keyof S]: string | number | boolean | null };

export function readFilters<S extends FilterSpecs>(params: URLSearchParams, specs: S): FilterValues<S> {
  const values = {} as FilterValues<S>;
  for (const [name, spec] of Object.entries(specs) as [keyof S & string, FilterSpec][]) {
    const raw = params.get(name);
    const fallback = spec.default ?? null;
    if (raw === null || raw === '') {
      values[name] = fallback;
    } else if (spec.kind === 'int') {
      const n = Number(raw);
      values[name] = Number.isInteger(n) ? n : fallback;
    } else if (spec.kind === 'boolean') {
      values[name] = raw === 'true' || raw === '1' ? true : raw === 'false' || raw === '0' ? false : fallback;
    } else {
      values[name] = spec.allowed && !spec.allowed.includes(raw) ? fallback : raw;
    }
  }
  return values;
}

/** The query string for these values (defaults and empty values left out), other parameters kept. */
export function writeFilters<S extends FilterSpecs>(
  current: URLSearchParams,
  specs: S,
  changes: Partial<FilterValues<S>>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(changes) as [keyof S & string, string | number | boolean | null | undefined][]) {
    const spec = specs[name];
    if (value === null || value === undefined || value === '' || value === (spec.default ?? null)) next.delete(name);
    else next.set(name, String(value));
  }
  return next;
}
