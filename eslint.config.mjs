// Lint rules: Next.js core web vitals and TypeScript rules; zero warnings allowed in `npm test`.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'out/**',
      'public/compare.js',
      'node_modules/**',
      'next-env.d.ts',
      'tests/screenshots/**',
    ],
  },
];

export default config;
