import { type FactoryProvider, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/** Names one kind of batched lookup: keys of type K, one value of type V per key. */
export class LoaderToken<K, V> {
  constructor(readonly name: string) {}
  /** Phantom members so that tokens of different types do not mix. */
  declare readonly _key?: K;
  declare readonly _value?: V;
}

export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<V[]>;

/**
 * The singleton where features register their batch functions at startup. Each GraphQL
 * request gets its own set of DataLoaders from it, so caching never crosses requests and
 * nested fields cost one statement per kind of lookup, whatever the page size.
 */
@Injectable()
export class LoaderRegistry {
  private readonly batchFns = new Map<LoaderToken<unknown, unknown>, BatchLoad<unknown, unknown>>();

  register<K, V>(token: LoaderToken<K, V>, batch: BatchLoad<K, V>): void {
    if (this.batchFns.has(token)) throw new Error(`Loader ${token.name} registered twice`);
    this.batchFns.set(token, batch as BatchLoad<unknown, unknown>);
  }

  forRequest(): RequestLoaders {
    return new RequestLoaders(this.batchFns);
  }
}

/** A token bound to the batch function that answers it, built from the app's database at startup. */
export interface LoaderBinding {
  register(registry: LoaderRegistry, db: DataSource): void;
}

export const bindLoader = <K, V>(token: LoaderToken<K, V>, batch: (db: DataSource) => BatchLoad<K, V>): LoaderBinding => ({
  register: (registry, db) => registry.register(token, batch(db)),
});

/**
 * The provider of a feature's `*.loader.ts` that registers its batch functions with the
 * registry when the module starts, so that each token can sit beside its batch function
 * instead of in a service's onModuleInit.
 */
export function loadersProvider(feature: string, bindings: readonly LoaderBinding[]): FactoryProvider<string> {
  return {
    provide: `${feature}Loaders`,
    inject: [DataSource, LoaderRegistry],
    useFactory: (db: DataSource, registry: LoaderRegistry) => {
      for (const binding of bindings) binding.register(registry, db);
      return feature;
    },
  };
}

/** The DataLoaders of one request, created on first use. */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderToken<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly batchFns: ReadonlyMap<LoaderToken<unknown, unknown>, BatchLoad<unknown, unknown>>) {}

  get<K, V>(token: LoaderToken<K, V>): DataLoader<K, V> {
    const key = token as LoaderToken<unknown, unknown>;
    let loader = this.loaders.get(key);
    if (!loader) {
      const batch = this.batchFns.get(key);
      if (!batch) throw new Error(`No loader registered for ${token.name}`);
      loader = new DataLoader(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Groups rows by key in the order of the requested keys (a DataLoader needs one entry per key). */
export function groupByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

export function oneByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Loads many keys and keeps the values found, in key order; a failed batch throws. */
export async function loadPresent<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany([...keys]);
  const present: V[] = [];
  for (const v of values) {
    if (v instanceof Error) throw v;
    if (v !== null) present.push(v);
  }
  return present;
}
