/**
 * The peer of `npm run bench`: PostGraphile 4 (postgraphile@4.14.1) over the bench database,
 * with the options its documentation recommends for production (no GraphiQL, no schema watch,
 * no query log, simplified names). It is installed in its own package,
 * scripts/bench/postgraphile/ (PostGraphile 4 needs graphql 15; the server uses graphql 16),
 * which the benchmark installs with `npm ci` when its node_modules is missing.
 *   PEER_DATABASE_URL=... PEER_PORT=... node dist/scripts/bench/postgraphile-peer.js
 * It listens on 127.0.0.1:PEER_PORT at /graphql.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The folder of the peer's package, found from the project root (this file runs from dist/scripts/bench/). */
const POSTGRAPHILE_FOLDER = join(new URL('.', import.meta.url).pathname, '..', '..', '..', 'scripts', 'bench', 'postgraphile');

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
interface PostgraphileModule {
  postgraphile: (pool: unknown, schema: string, options: Record<string, unknown>) => Handler;
}
interface PgModule {
  Pool: new (config: { connectionString?: string; max: number }) => { end(): Promise<void> };
}

async function main(): Promise<void> {
  const require = createRequire(join(POSTGRAPHILE_FOLDER, 'package.json'));
  const { postgraphile } = require('postgraphile') as PostgraphileModule;
  const { Pool } = require('pg') as PgModule;
  const simplifyInflector = require('@graphile-contrib/pg-simplify-inflector') as unknown;

  const pool = new Pool({ connectionString: process.env.PEER_DATABASE_URL, max: 10 });
  const handler = postgraphile(pool, 'public', {
    graphqlRoute: '/graphql',
    graphiql: false,
    watchPg: false,
    disableQueryLog: true,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    ignoreRBAC: false,
    legacyRelations: 'omit',
    retryOnInitFail: false,
    appendPlugins: [simplifyInflector],
    // Connections keep their plain names (`pledges`, not `pledgesList`); says so to the inflector, which would warn otherwise.
    graphileBuildOptions: { pgOmitListSuffix: false },
  });
  const server = createServer(handler);
  const port = Number(process.env.PEER_PORT ?? 4102);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  process.stdout.write(`postgraphile peer ready http://127.0.0.1:${port}/graphql\n`);
  process.once('SIGTERM', () => {
    server.close();
    void pool.end().finally(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
