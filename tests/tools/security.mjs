// The Content-Security-Policy and the other security headers of Jalons, in one place: the build
// writes the policy as a <meta> tag and as headers for static hosts (dist/_headers for Netlify or
// Cloudflare Pages, dist/security-headers.conf for nginx), and the tests read it from here.
import { createHash } from 'node:crypto';

/** The policy, given the SHA-256 hashes of the inline styles the page carries. */
export function contentSecurityPolicy(styleHashes = []) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes.map((h) => `'sha256-${h}'`).join(' ')}`.trim(),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** SHA-256 of a text, base64, as CSP hashes expect. */
export function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** Headers every response should carry (frame-ancestors only works as a header). */
export function securityHeaders(csp) {
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
