/**
 * The floor of the comparison: a minimal, hand-written Apollo server (standalone) over pg with
 * DataLoaders, serving the compared queries from the same tables with no access rules, no
 * validation, no logging and no cost limits: the pledges of a country with their objectives,
 * the pledges on an objective with their country and updates, and countries with their regions
 * and the regions' countries.
 *   PEER_DATABASE_URL=... PEER_PORT=... node dist/scripts/bench/peer-server.js
 * It listens on 127.0.0.1:PEER_PORT at /.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import DataLoader from 'dataloader';
import pg from 'pg';

const typeDefs = `#graphql
  type Objective { number: Int! }
  type ServedObjective { isMain: Boolean! objective: Objective! }
  type PledgeUpdate { status: String! date: String! }
  type Region { code: String! name: String! countries: [Country!]! }
  type Country { iso3: String! name: String! regions: [Region!]! }
  type Pledge { id: ID! title: String! status: String! objectives: [ServedObjective!]! pledgingCountry: Country updates: [PledgeUpdate!]! }
  type PledgeList { nodes: [Pledge!]! }
  type CountryList { nodes: [Country!]! }
  type Query {
    pledges(country: String!, first: Int = 20): PledgeList!
    pledgesOnObjective(objective: Int!, first: Int = 50): PledgeList!
    countries(first: Int = 100): CountryList!
  }
`;

interface PledgeRow {
  id: string;
  title: string;
  status: string;
  pledging_country_iso3: string | null;
}
interface CountryRow {
  iso3: string;
  name: string;
}
interface RegionRow {
  code: string;
  name: string;
}

interface Context {
  objectives: DataLoader<string, { isMain: boolean; objective: { number: number } }[]>;
  updates: DataLoader<string, { status: string; date: string }[]>;
  countries: DataLoader<string, CountryRow | null>;
  regionsOfCountry: DataLoader<string, RegionRow[]>;
  countriesOfRegion: DataLoader<string, CountryRow[]>;
}

/** Groups rows by a key, in the order of the keys asked. */
function grouped<K, R, V>(keys: readonly K[], rows: R[], keyOf: (r: R) => K, valueOf: (r: R) => V): V[][] {
  const by = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) by.get(keyOf(r))?.push(valueOf(r));
  return keys.map((k) => by.get(k) ?? []);
}

async function main(): Promise<void> {
  const pool = new pg.Pool({ connectionString: process.env.PEER_DATABASE_URL, max: 10 });
  const server = new ApolloServer<Context>({
    typeDefs,
    resolvers: {
      Query: {
        pledges: async (_: unknown, args: { country: string; first: number }) => ({
          nodes: (
            await pool.query<PledgeRow>(
              'SELECT id, title, status, pledging_country_iso3 FROM pledge WHERE pledging_country_iso3 = $1 ORDER BY created_at DESC, id DESC LIMIT $2',
              [args.country, args.first],
            )
          ).rows,
        }),
        pledgesOnObjective: async (_: unknown, args: { objective: number; first: number }) => ({
          nodes: (
            await pool.query<PledgeRow>(
              `SELECT p.id, p.title, p.status, p.pledging_country_iso3 FROM pledge p
               WHERE EXISTS (SELECT 1 FROM pledge_objective o WHERE o.pledge_id = p.id AND o.objective_number = $1)
               ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
              [args.objective, args.first],
            )
          ).rows,
        }),
        countries: async (_: unknown, args: { first: number }) => ({
          nodes: (await pool.query<CountryRow>('SELECT iso3, name_en AS name FROM country ORDER BY name_en, iso3 LIMIT $1', [args.first]))
            .rows,
        }),
      },
      Pledge: {
        objectives: (pledge: PledgeRow, _: unknown, ctx: Context) => ctx.objectives.load(pledge.id),
        updates: (pledge: PledgeRow, _: unknown, ctx: Context) => ctx.updates.load(pledge.id),
        pledgingCountry: (pledge: PledgeRow, _: unknown, ctx: Context) =>
          pledge.pledging_country_iso3 ? ctx.countries.load(pledge.pledging_country_iso3) : null,
      },
      Country: {
        regions: (country: CountryRow, _: unknown, ctx: Context) => ctx.regionsOfCountry.load(country.iso3),
      },
      Region: {
        countries: (region: RegionRow, _: unknown, ctx: Context) => ctx.countriesOfRegion.load(region.code),
      },
    },
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PEER_PORT ?? 4100), host: '127.0.0.1' },
    context: async () => ({
      objectives: new DataLoader(async (ids: readonly string[]) => {
        const { rows } = await pool.query<{ pledge_id: string; objective_number: number; is_main: boolean }>(
          'SELECT pledge_id, objective_number, is_main FROM pledge_objective WHERE pledge_id = ANY($1) ORDER BY is_main DESC, objective_number',
          [ids],
        );
        return grouped(
          ids,
          rows,
          (r) => r.pledge_id,
          (r) => ({ isMain: r.is_main, objective: { number: r.objective_number } }),
        );
      }),
      updates: new DataLoader(async (ids: readonly string[]) => {
        const { rows } = await pool.query<{ pledge_id: string; status: string; date: string }>(
          'SELECT pledge_id, status, occurred_on::text AS date FROM pledge_update WHERE pledge_id = ANY($1) ORDER BY occurred_on, recorded_at, id',
          [ids],
        );
        return grouped(
          ids,
          rows,
          (r) => r.pledge_id,
          (r) => ({ status: r.status, date: r.date }),
        );
      }),
      countries: new DataLoader(async (codes: readonly string[]) => {
        const { rows } = await pool.query<CountryRow>('SELECT iso3, name_en AS name FROM country WHERE iso3 = ANY($1)', [codes]);
        const by = new Map(rows.map((r) => [r.iso3, r]));
        return codes.map((c) => by.get(c) ?? null);
      }),
      regionsOfCountry: new DataLoader(async (codes: readonly string[]) => {
        const { rows } = await pool.query<RegionRow & { country_iso3: string }>(
          `SELECT m.country_iso3, r.code, r.name_en AS name FROM region_membership m JOIN region r ON r.code = m.region_code
           WHERE m.kind = 'REGIONAL' AND m.country_iso3 = ANY($1) ORDER BY r.code`,
          [codes],
        );
        return grouped(
          codes,
          rows,
          (r) => r.country_iso3,
          (r) => ({ code: r.code, name: r.name }),
        );
      }),
      countriesOfRegion: new DataLoader(async (codes: readonly string[]) => {
        const { rows } = await pool.query<CountryRow & { region_code: string }>(
          `SELECT m.region_code, c.iso3, c.name_en AS name FROM region_membership m JOIN country c ON c.iso3 = m.country_iso3
           WHERE m.kind = 'REGIONAL' AND m.region_code = ANY($1) ORDER BY c.name_en, c.iso3`,
          [codes],
        );
        return grouped(
          codes,
          rows,
          (r) => r.region_code,
          (r) => ({ iso3: r.iso3, name: r.name }),
        );
      }),
    }),
  });
  process.stdout.write(`peer ready ${url}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
