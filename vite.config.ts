// Build of Jalons: Preact with build-time prerendering of the shell, the PWA (own service worker,
// precache of every chunk so all languages and content work offline), and content validation.
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { loadContentCheck } from './tests/tools/content-input.mjs';
import { contentSecurityPolicy, securityHeaders, sha256 } from './tests/tools/security.mjs';

const root = fileURLToPath(new URL('./src', import.meta.url));

// The stylesheet is small (≈2 KiB gzip): inlining it in index.html saves a render-blocking
// round trip on slow mobile networks, which is most of the first paint.
const inlineCss: Plugin = {
  name: 'jalons:inline-css',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const html = bundle['index.html'];
    if (!html || html.type !== 'asset') return;
    let source = String(html.source);
    const hashes: string[] = [];
    for (const [name, chunk] of Object.entries(bundle)) {
      if (!name.endsWith('.css') || chunk.type !== 'asset') continue;
      const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${name}"[^>]*>`);
      if (!link.test(source)) continue;
      const css = String(chunk.source);
      hashes.push(sha256(css));
      source = source.replace(link, () => `<style>${css}</style>`);
      delete bundle[name];
    }
    // The policy allows exactly the inlined stylesheet; the same policy ships as headers.
    const csp = contentSecurityPolicy(hashes);
    source = source.replace('<head>', () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`);
    const headers = securityHeaders(csp);
    const lines = Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
    this.emitFile({
      type: 'asset',
      fileName: '_headers',
      source: `/*\n${lines.join('\n')}\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n/index.html\n  Cache-Control: no-cache\n/sw.js\n  Cache-Control: no-cache\n`,
    });
    this.emitFile({
      type: 'asset',
      fileName: 'security-headers.conf',
      source:
        Object.entries(headers)
          .map(([k, v]) => `add_header ${k} "${v}" always;`)
          .join('\n') + '\n',
    });
    html.source = source
      .replace(/<script type="module"/g, '<script type="module" fetchpriority="low"')
      .replace(/<link rel="modulepreload"/g, '<link rel="modulepreload" fetchpriority="low"');
  },
};

// Content is data: a build with a broken reference, a missing text or an unofficial source fails.
const contentCheck: Plugin = {
  name: 'jalons:content-check',
  apply: 'build',
  async buildStart() {
    const { input, validateContent } = await loadContentCheck();
    const errors = validateContent(input);
    if (errors.length > 0) this.error(`Content check failed:\n${errors.join('\n')}`);
  },
};

export default defineConfig({
  define: { 'import.meta.env.PACKAGE_VERSION': JSON.stringify(process.env.npm_package_version ?? '0.1.0') },
  root,
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    // No data: URLs: the Content-Security-Policy allows fonts and images from the app's origin only.
    assetsInlineLimit: 0,
  },
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/**/*.dom.test.tsx'],
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
    ],
  },
  plugins: [
    contentCheck,
    inlineCss,
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        prerenderScript: fileURLToPath(new URL('./src/prerender.tsx', import.meta.url)),
      },
    }),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifestFilename: 'manifest.webmanifest',
      injectManifest: {
        // Fonts are not precached: each is fetched (then cached by the worker) only by people whose
        // language needs it.
        globPatterns: ['**/*.{js,css,html,svg}'],
        // The prerender chunk only runs at build time, in Node.
        globIgnores: ['**/prerender-*.js'],
        maximumFileSizeToCacheInBytes: 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: 'Jalons — vos démarches, étape par étape',
        short_name: 'Jalons',
        description:
          'Vos démarches aux grands moments de la vie : étapes, dates, documents et contacts, sans compte et hors connexion.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b4f6c',
        background_color: '#ffffff',
        categories: ['government', 'utilities'],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});
