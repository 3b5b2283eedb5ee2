// Lint: the layer rule and import cycles (DESIGN.md, "Layout"). Formatting is Prettier's job.
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import tseslint from 'typescript-eslint'

/**
 * Layers, lowest first. A file imports only from its own layer or those below it; tools (the top)
 * are imported by nothing in production. Keep README.md's architecture picture in step.
 */
const LAYERS = [
  {
    name: 'domain rules and helpers',
    paths: [
      'src/domain',
      'src/lib',
      'src/richtext',
      'src/db',
      'src/env.ts',
      'src/payload-types.ts',
    ],
  },
  { name: 'access predicates', paths: ['access'] },
  { name: 'search', paths: ['search'] },
  { name: 'collections', paths: ['collections'] },
  { name: 'config', paths: ['payload.config.ts', 'src/server', 'src/jobs', 'src/migrations'] },
  {
    name: 'UI',
    paths: [
      'src/app',
      'src/site',
      'src/components',
      'src/proxy.ts',
      'src/instrumentation.ts',
      'next.config.ts',
    ],
  },
  { name: 'tools', paths: ['seed', 'src/cli', 'src/import', 'bench'] },
]

// Globs only (the rule refuses a mix): a file as `name.ts*`, a folder as `folder/**`.
const asTargets = (paths) => paths.map((p) => (p.includes('.') ? `./${p}*` : `./${p}/**`))

const layerZones = LAYERS.flatMap((layer, i) =>
  LAYERS.slice(i + 1).map((above) => ({
    target: asTargets(layer.paths),
    from: asTargets(above.paths),
    message: `${layer.name} may not import ${above.name} (imports run downwards only)`,
  })),
)

// Pure rules depend on nothing of the app: no database, no environment, no rich-text runtime.
const domainZone = {
  target: ['./src/domain/**'],
  from: ['./src/lib/**', './src/db/**', './src/richtext/**', './src/env.ts*'],
  message: 'src/domain holds pure rules: it imports only src/domain',
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'data/**',
      'test-results/**',
      'src/migrations/**',
      'src/payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, domainZone] }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./){2,}',
              message:
                'use the path aliases (@/…, @access/…, @search/…, @collections/…, @seed/…) instead of ../../',
            },
          ],
        },
      ],
    },
  },
)
