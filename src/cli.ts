import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { PASSWORD_MAX, PASSWORD_MIN } from './modules/accounts/dto/account-fields.js';
import { runCli } from './cli/run-cli.js';

/** The first line of standard input, asked for when it is a terminal. */
async function readPasswordLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(`Password (${PASSWORD_MIN} to ${PASSWORD_MAX} characters): `);
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
  readPasswordLine,
}).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
