/**
 * The peer for the shared list query: a minimal, hand-written Apollo server over pg with one
 * DataLoader, serving "pledges of a country with their objectives" from the same tables.
 * (PostGraphile 5, the peer the benchmark asks for first, needs Node.js 22; this machine
 * runs Node.js 20.) Usage: PEER_DATABASE_URL=... PEER_PORT=... node dist/scripts/bench/peer-server.js
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import DataLoader from 'dataloader';
import pg from 'pg';

const typeDefs = `#graphql
  type Objective { number: Int! }
  type ServedObjective { isMain: Boolean! objective: Objective! }
  type Pledge { id: ID! title: String! status: String! objectives: [ServedObjective!]! }
  type PledgeList { nodes: [Pledge!]! }
  type Query { pledges(country: String!, first: Int = 20): PledgeList! }
`;

interface Context {
  objectives: DataLoader<string, { isMain: boolean; objective: { number: number } }[]>;
}

async function main(): Promise<void> {
  const pool = new pg.Pool({ connectionString: process.env.PEER_DATABASE_URL, max: 10 });
  const server = new ApolloServer<Context>({
    typeDefs,
    resolvers: {
      Query: {
        pledges: async (_: unknown, args: { country: string; first: number }) => ({
          nodes: (
            await pool.query(
              'SELECT id, title, status FROM pledge WHERE pledging_country_iso3 = $1 ORDER BY created_at DESC, id DESC LIMIT $2',
              [args.country, args.first],
            )
          ).rows,
        }),
      },
      Pledge: {
        objectives: (pledge: { id: string }, _: unknown, ctx: Context) => ctx.objectives.load(pledge.id),
      },
    },
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PEER_PORT ?? 4100) },
    context: async () => ({
      objectives: new DataLoader(async (ids: readonly string[]) => {
        const { rows } = await pool.query<{ pledge_id: string; objective_number: number; is_main: boolean }>(
          'SELECT pledge_id, objective_number, is_main FROM pledge_objective WHERE pledge_id = ANY($1) ORDER BY is_main DESC, objective_number',
          [ids],
        );
        return ids.map((id) =>
          rows.filter((r) => r.pledge_id === id).map((r) => ({ isMain: r.is_main, objective: { number: r.objective_number } })),
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
