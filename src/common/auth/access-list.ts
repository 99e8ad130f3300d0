import { type INestApplicationContext, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from './access.decorators.js';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

export interface DeclaredOperation {
  kind: 'Query' | 'Mutation' | 'Subscription' | 'HTTP';
  name: string;
  /** Undefined when the operation declares nothing (refused to everyone, and a test fails). */
  rule: AccessRule | undefined;
}

/** Every GraphQL Query, Mutation and Subscription and every HTTP route, with the access rule it declares. */
export function collectOperations(app: INestApplicationContext): DeclaredOperation[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const found: DeclaredOperation[] = [];
  for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    const classRule = reflector.get<AccessRule | undefined>(ACCESS_RULE, wrapper.metatype);
    const controllerPath = wrapper.isDependencyTreeStatic()
      ? reflector.get<string | undefined>(PATH_METADATA, wrapper.metatype)
      : undefined;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method] as (...args: unknown[]) => unknown;
      const rule = reflector.get<AccessRule | undefined>(ACCESS_RULE, handler) ?? classRule;
      const type = reflector.get<string | undefined>(RESOLVER_TYPE, handler);
      if (type === 'Query' || type === 'Mutation' || type === 'Subscription') {
        found.push({ kind: type, name: reflector.get<string | undefined>(RESOLVER_NAME, handler) ?? method, rule });
      } else if (controllerPath !== undefined && reflector.get<string | undefined>(PATH_METADATA, handler) !== undefined) {
        const path = `/${[controllerPath, reflector.get<string>(PATH_METADATA, handler)].join('/')}`
          .replace(/\/+/g, '/')
          .replace(/(.)\/$/, '$1');
        const verb = RequestMethod[reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler) ?? RequestMethod.GET];
        found.push({ kind: 'HTTP', name: `${verb} ${path}`, rule });
      }
    }
  }
  const order = { Query: 0, Mutation: 1, Subscription: 2, HTTP: 3 };
  return found.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name));
}

export function describeRule(rule: AccessRule | undefined): string {
  if (!rule) return 'NOT DECLARED (refused to everyone)';
  if ('public' in rule) return rule.ignoresToken ? 'public (sign-in: a stale token is ignored)' : 'public';
  return [...rule.roles].sort().join(', ');
}

/** The committed access list (docs/ACCESS.md): any access change shows in review. */
export function renderAccessList(operations: DeclaredOperation[]): string {
  const lines = [
    '# Who may call what',
    '',
    'Generated from the code by `test/e2e/access-list.e2e-spec.ts` (run it with',
    '`UPDATE_ACCESS_LIST=1` to rewrite this file after an intended change). The test fails',
    'when this file and the code disagree, or when an operation declares nothing.',
    '',
    '`public`: anyone, signed in or not. Roles: FOCAL_POINT, SECRETARIAT, ANALYST.',
    'Country scoping (a focal point acts for its own country only) is enforced in the services.',
    '',
    '| Kind | Operation | Who may call it |',
    '| --- | --- | --- |',
    ...operations.map((op) => `| ${op.kind} | \`${op.name}\` | ${describeRule(op.rule)} |`),
    '',
  ];
  return lines.join('\n');
}
