import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { type BatchLoad, bindLoader, groupByKeys, LoaderRegistry, loadersProvider, LoaderToken, oneByKeys } from './loaders.js';

const NAMES = new LoaderToken<string, string>('countryName');
const LENGTHS = new LoaderToken<string, number>('nameLength');

/** A batch function that records the keys of each call it receives. */
function recording<K, V>(fn: (key: K) => V): { batch: BatchLoad<K, V>; calls: K[][] } {
  const calls: K[][] = [];
  const batch: BatchLoad<K, V> = (keys) => {
    calls.push([...keys]);
    return Promise.resolve(keys.map(fn));
  };
  return { batch, calls };
}

describe('LoaderRegistry and RequestLoaders', () => {
  it('batches the loads of one tick into one call, one value per key in key order', async () => {
    const registry = new LoaderRegistry();
    const names = recording((iso3: string) => `name of ${iso3}`);
    registry.register(NAMES, names.batch);
    const loaders = registry.forRequest();

    const [fra, deu] = await Promise.all([loaders.get(NAMES).load('FRA'), loaders.get(NAMES).load('DEU')]);

    expect([fra, deu]).toEqual(['name of FRA', 'name of DEU']);
    expect(names.calls).toEqual([['FRA', 'DEU']]);
  });

  it('caches a key within one request', async () => {
    const registry = new LoaderRegistry();
    const names = recording((iso3: string) => iso3.toLowerCase());
    registry.register(NAMES, names.batch);
    const loaders = registry.forRequest();

    expect(await loaders.get(NAMES).load('FRA')).toBe('fra');
    expect(await loaders.get(NAMES).load('FRA')).toBe('fra');
    expect(loaders.get(NAMES)).toBe(loaders.get(NAMES));
    expect(names.calls).toEqual([['FRA']]);
  });

  it('gives each request its own loaders, so no cache is shared between requests', async () => {
    const registry = new LoaderRegistry();
    const names = recording((iso3: string) => iso3);
    registry.register(NAMES, names.batch);
    const first = registry.forRequest();
    const second = registry.forRequest();

    await first.get(NAMES).load('FRA');
    await second.get(NAMES).load('FRA');

    expect(first.get(NAMES)).not.toBe(second.get(NAMES));
    expect(names.calls).toEqual([['FRA'], ['FRA']]);
  });

  it('keeps different tokens apart', async () => {
    const registry = new LoaderRegistry();
    const names = recording((iso3: string) => `name of ${iso3}`);
    const lengths = recording((iso3: string) => iso3.length * 10);
    registry.register(NAMES, names.batch);
    registry.register(LENGTHS, lengths.batch);
    const loaders = registry.forRequest();

    const [name, length] = await Promise.all([loaders.get(NAMES).load('USA'), loaders.get(LENGTHS).load('USA')]);

    expect([name, length]).toEqual(['name of USA', 30]);
    expect([names.calls, lengths.calls]).toEqual([[['USA']], [['USA']]]);
  });

  it('refuses to register the same token twice', () => {
    const registry = new LoaderRegistry();
    registry.register(NAMES, recording((k: string) => k).batch);
    expect(() => registry.register(NAMES, recording((k: string) => k).batch)).toThrow('Loader countryName registered twice');
  });

  it('refuses a token nobody registered, naming it', () => {
    const registry = new LoaderRegistry();
    registry.register(NAMES, recording((k: string) => k).batch);
    expect(() => registry.forRequest().get(LENGTHS)).toThrow('No loader registered for nameLength');
  });

  it('lets a request use a loader registered after the request started', async () => {
    const registry = new LoaderRegistry();
    const loaders = registry.forRequest();
    registry.register(NAMES, recording((k: string) => `late ${k}`).batch);
    expect(await loaders.get(NAMES).load('PER')).toBe('late PER');
  });
});

describe('groupByKeys', () => {
  const rows = [
    { region: 'ECA', iso3: 'MAR' },
    { region: 'ESCWA', iso3: 'EGY' },
    { region: 'ECA', iso3: 'EGY' },
    { region: 'UNECE', iso3: 'FRA' },
  ];

  it('returns one group per key, in the order of the keys, rows in their original order', () => {
    expect(groupByKeys(['UNECE', 'ECA', 'ESCWA'], rows, (r) => r.region)).toEqual([
      [{ region: 'UNECE', iso3: 'FRA' }],
      [
        { region: 'ECA', iso3: 'MAR' },
        { region: 'ECA', iso3: 'EGY' },
      ],
      [{ region: 'ESCWA', iso3: 'EGY' }],
    ]);
  });

  it('returns an empty group for a key without rows, and ignores rows of keys not asked for', () => {
    expect(groupByKeys(['ESCAP', 'ECA', 'ECLAC'], rows, (r) => r.region).map((g) => g.map((r) => r.iso3))).toEqual([
      [],
      ['MAR', 'EGY'],
      [],
    ]);
    expect(groupByKeys([], rows, (r) => r.region)).toEqual([]);
  });

  it('repeats a group for a repeated key', () => {
    expect(groupByKeys([1, 1], [{ n: 1 }], (r) => r.n)).toEqual([[{ n: 1 }], [{ n: 1 }]]);
  });
});

describe('oneByKeys', () => {
  it('returns the row of each key in key order, null where there is none', () => {
    const rows = [
      { number: 3, label: 'three' },
      { number: 1, label: 'one' },
    ];
    expect(oneByKeys([1, 2, 3], rows, (r) => r.number)).toEqual([{ number: 1, label: 'one' }, null, { number: 3, label: 'three' }]);
    expect(oneByKeys([], rows, (r) => r.number)).toEqual([]);
  });
});

describe('loadersProvider', () => {
  it("registers each token with the batch function built from the app's database, once", async () => {
    const registry = new LoaderRegistry();
    const db = { name: 'the database' } as unknown as DataSource;
    const built: DataSource[] = [];
    const provider = loadersProvider('countries', [
      bindLoader(NAMES, (d) => {
        built.push(d);
        return (keys) => Promise.resolve(keys.map((k) => `name of ${k}`));
      }),
      bindLoader(LENGTHS, () => (keys) => Promise.resolve(keys.map((k) => k.length))),
    ]);
    expect(provider.provide).toBe('countriesLoaders');
    void provider.useFactory(db, registry);
    expect(built).toEqual([db]);
    const loaders = registry.forRequest();
    expect(await loaders.get(NAMES).load('MAR')).toBe('name of MAR');
    expect(await loaders.get(LENGTHS).load('Kenya')).toBe(5);
    expect(() => provider.useFactory(db, registry)).toThrow('Loader countryName registered twice');
  });
});
