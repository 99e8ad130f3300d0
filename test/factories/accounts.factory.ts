import { plainToInstance } from 'class-transformer';
import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/common/auth/role.js';
import { AccountsService } from '../../src/modules/accounts/accounts.service.js';
import { CreateAccountInput } from '../../src/modules/accounts/dto/create-account.input.js';
import type { TestApp } from '../helpers/test-app.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestAccount {
  id: string;
  email: string;
  version: number;
}

/** An account with a unique e-mail, created through the service as the command line would. */
export async function createTestAccount(t: TestApp, role: Role, country?: string, password = TEST_PASSWORD): Promise<TestAccount> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org`;
  const account = await t.app
    .get(AccountsService)
    .create(
      { kind: 'system', label: 'test' },
      plainToInstance(CreateAccountInput, { email, displayName: `Test ${role}`, role, country, password }),
    );
  return { id: account.id, email, version: account.version };
}

/** Signs in over GraphQL and returns the headers that carry the session. */
export async function signIn(t: TestApp, email: string, password = TEST_PASSWORD): Promise<Record<string, string>> {
  const res = await t.gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: email,
    p: password,
  });
  if (!res.data?.login.token) throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(res.errors)}`);
  return { authorization: `Bearer ${res.data.login.token}` };
}
