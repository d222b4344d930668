/** Import direction (STYLE.md): functions → pipeline → ports ← adapters. */
module.exports = {
  forbidden: [
    {
      name: 'pure-core-stays-pure',
      comment: 'forecast, rules, report and domain import only each other',
      severity: 'error',
      from: { path: '^lib/(forecast|rules|report|domain)/' },
      to: { path: '^lib/(pipeline|ports|adapters|wiring|cli|sample|sql)/' },
    },
    {
      name: 'domain-has-no-deps',
      severity: 'error',
      from: { path: '^lib/domain/' },
      to: { path: '^lib/(?!domain/)' },
    },
    {
      name: 'pipeline-uses-ports-not-adapters',
      severity: 'error',
      from: { path: '^lib/(pipeline|ports)/' },
      to: { path: '^lib/(adapters|wiring|cli)/' },
    },
    {
      name: 'adapters-do-not-reach-up',
      severity: 'error',
      from: { path: '^lib/adapters/' },
      to: { path: '^lib/(pipeline|wiring|cli)/' },
    },
    {
      name: 'only-wiring-builds-adapters',
      severity: 'error',
      from: { path: '^(functions|lib/cli)/' },
      to: { path: '^lib/adapters/' },
    },
    {
      name: 'infra-imports-only-domain',
      severity: 'error',
      from: { path: '^infra/' },
      to: { path: '^lib/(?!domain/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
