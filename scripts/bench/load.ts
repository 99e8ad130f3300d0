/**
 * The load generator, run as its own process so it does not share a CPU budget or event
 * loop with the server it measures:
 *   node dist/scripts/bench/load.js '<json: { url, connections, durationSeconds, bodies }>'
 * Cycles through the GraphQL bodies (a read mix) with autocannon and prints one JSON line:
 * requests per second, latency percentiles, errors.
 */
import autocannon from 'autocannon';

interface LoadSpec {
  url: string;
  connections: number;
  durationSeconds: number;
  bodies: string[];
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** Answers with a GraphQL `errors` entry (HTTP 200 but not a success). */
  graphqlErrors: number;
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: spec.bodies.map((body) => ({
      method: 'POST',
      path: new URL(spec.url).pathname,
      body,
      onResponse: (_status: number, responseBody: string) => {
        if (responseBody.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  const out: LoadResult = {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
