import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type FilterSpecs, type FilterValues, readFilters, writeFilters } from './url-state';

/** A page's filters, read from and written to the URL. Changing a filter resets `after` (pagination). */
export function useFilters<S extends FilterSpecs>(specs: S): [FilterValues<S>, (changes: Partial<FilterValues<S>>) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => readFilters(params, specs), [params, specs]);
  const update = useCallback(
    (changes: Partial<FilterValues<S>>) => {
      setParams(
        (current) => {
          const next = writeFilters(current, specs, changes);
          if (!('after' in changes)) next.delete('after');
          return next;
        },
        { replace: false },
      );
    },
    [setParams, specs],
  );
  return [values, update];
}
