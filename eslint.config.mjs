// Light lint: recommended JS and TypeScript rules, hooks rules, and the layering rule that keeps
// domain logic and content data free of Preact and the DOM (they must run and be tested in Node).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import hooks from 'eslint-plugin-react-hooks';

const domainRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['preact', 'preact/*', 'preact-iso', 'preact-iso/*', '@testing-library/*'],
          message: 'Domain code stays free of Preact.',
        },
        {
          group: ['**/*.tsx', '**/app/*', '**/features/*', '**/shell/*', '**/pwa/*', '**/storage/*'],
          message: 'Domain code does not depend on UI or storage.',
        },
      ],
    },
  ],
  'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location', 'indexedDB'],
};

export default tseslint.config(
  { ignores: ['dist', 'reports', 'test-results', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': hooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never raw HTML.' },
      ],
    },
  },
  { files: ['src/domain/**', 'src/content/**'], rules: domainRestrictions },
  {
    files: ['tests/**', '*.{ts,mjs}', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  { files: ['src/sw/**'], languageOptions: { globals: globals.serviceworker } },
);
