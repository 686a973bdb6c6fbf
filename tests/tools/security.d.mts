/** The policy, given the SHA-256 hashes of inline styles. */
export function contentSecurityPolicy(styleHashes?: string[]): string;
/** SHA-256 of a text, base64. */
export function sha256(text: string): string;
/** Security headers for a policy. */
export function securityHeaders(csp: string): Record<string, string>;
