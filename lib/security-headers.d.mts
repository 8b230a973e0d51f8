// Types for lib/security-headers.mjs (plain JavaScript, because next.config.mjs imports it).
export declare const contentSecurityPolicy: string;
export declare function securityHeaders(options?: {
  csp?: boolean;
}): { key: string; value: string }[];
