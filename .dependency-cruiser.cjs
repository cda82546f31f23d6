/**
 * Import rules between the packages and between the layers of the web app (docs/decisions/100-web-layers.md),
 * checked on resolved paths, so a relative `../../features/air/...` is caught like any other spelling.
 * Run by `pnpm lint` (`depcruise` over web/src, server/src and shared/src).
 *
 * web/src, top to bottom: `shell/` (routes, layout, header widgets; `main.tsx` boots it) → `features/<name>/`
 * (one page each) → the lower layers (`state/`, `api/`, `map/`, `ui/`, `components/`, `charts/`,
 * `i18n/`, `config/`, `mocks/`, `test/`, `styles/`).
 */
const FEATURES = '^web/src/features/';
const UPPER = '^web/src/(shell|features)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'feature-imports-another-feature',
      comment: 'A feature is one page; what two features need belongs in a lower layer (ui/, state/, api/, map/).',
      severity: 'error',
      from: { path: `${FEATURES}([^/]+)/` },
      to: { path: FEATURES, pathNot: `${FEATURES}$1/` },
    },
    {
      name: 'feature-imports-shell',
      comment: 'The shell sits on top of the features (it routes to them); a feature never reaches up into it.',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: '^web/src/shell/' },
    },
    {
      name: 'lower-layer-imports-shell-or-feature',
      comment: 'state, api, map, ui, i18n, config, mocks and test sit below the features and the shell.',
      severity: 'error',
      from: { path: '^web/src/', pathNot: [UPPER, '^web/src/main\\.tsx$'] },
      to: { path: UPPER },
    },
    {
      name: 'web-imports-server',
      comment: 'web talks to the server over HTTP only; share code through @sandbox/shared.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-imports-web',
      comment: 'server never imports web; share code through @sandbox/shared.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^web/' },
    },
    {
      name: 'shared-imports-web-or-server',
      comment: 'shared sits below server and web and imports neither.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(web|server)/' },
    },
  ],
  options: {
    // Only our sources: packages in node_modules are neither followed nor checked.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    // `import type` counts too: a type-only import still ties one layer to another.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
