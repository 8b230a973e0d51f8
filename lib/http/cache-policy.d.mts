// Types for lib/http/cache-policy.mjs (plain JavaScript: the server and next.config.mjs load it).
export declare const SHARED_MAX_AGE: number;
export declare const STALE_IF_ERROR: number;
export declare const cachePolicy: {
  readonly immutable: string;
  readonly document: string;
  readonly notFound: string;
  readonly redirect: string;
  readonly refused: string;
};
export declare const IMMUTABLE_PREFIX: string;
export declare function cacheControlFor(status: number, pathname: string): string;
