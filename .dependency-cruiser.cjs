/**
 * Feature boundaries (npm run lint): a feature module under src/modules/<feature>/ reaches
 * another feature only through what that feature offers to others: its Nest module,
 * services, loaders (*.loader.ts), visibility policy (*.policy.ts), GraphQL models and
 * enums; never its resolvers, inputs, SQL helpers or internal files. Entities may name
 * other features' entities (foreign keys). Analytics reads every table by design and the
 * demo seeder writes through every feature: both are exempt. common/ and graphql/ import
 * no feature.
 */
const offered = [
  '\\.module\\.ts$',
  '\\.service\\.ts$',
  '\\.loader\\.ts$',
  '/models/',
  '\\.enums?\\.ts$',
  '\\.policy\\.ts$',
  '/[^/]+\\.enum\\.ts$',
  // Validators of shared GCM facts (objective and principle numbers), used by every input.
  '^src/modules/objectives/dto/served-objectives\\.input\\.ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'feature-internals',
      comment: 'Reach another feature through its module, services, loaders, models and enums only.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/(analytics|demo)/', '\\.entity\\.ts$'] },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', ...offered] },
    },
    {
      name: 'entity-relations',
      comment: "An entity names another feature's entities and enums, nothing else of it.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/[^/]+\\.entity\\.ts$' },
      to: {
        path: '^src/modules/([^/]+)/',
        pathNot: ['^src/modules/$1/', '\\.entity\\.ts$', '\\.enums?\\.ts$', '/models/[^/]+\\.enum\\.ts$'],
      },
    },
    {
      name: 'shared-code-imports-no-feature',
      comment: 'common/ and graphql/ are shared by the features and import none of them.',
      severity: 'error',
      from: { path: '^src/(common|graphql)/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
