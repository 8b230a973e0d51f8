// A CDN edge on loopback: nginx's proxy_cache set up like the CloudFront behaviour of
// docs/hosting.md (legacy cache settings): the cache key is the path alone (query strings are
// neither forwarded nor cached, QueryString: false), no header of the viewer reaches the origin
// (Headers: none, no cookies) except the compression it accepts, the lifetimes come from the
// origin's Cache-Control (s-maxage; stale-if-error when the origin fails), and ETags are used to
// revalidate.
import { createHash } from 'node:crypto';
import path from 'node:path';

/** The `server` file for the edge (http level): its cache, its key, and the proxy. */
export function edgeBlock({
  listen,
  origin,
  cache,
}: {
  listen: string;
  origin: string;
  cache: string;
}) {
  return `# A shared cache in front of the origin, configured like the CloudFront behaviour.
proxy_cache_path ${cache} levels=1:2 keys_zone=edge:10m max_size=200m inactive=2d use_temp_path=off;
map $request_uri $edge_path {
    "~^(?<p>[^?]*)" $p;
}
map $http_accept_encoding $edge_encoding {
    "~*\\bgzip\\b" gzip;
    default "";
}
server {
    listen ${listen};
    server_tokens off;
    location / {
        # The path only: the query string is neither forwarded nor part of the key.
        proxy_pass ${origin}$edge_path;
        # No header of the viewer is forwarded (RSC, Next-Router-*, cookies...), only the
        # compression it accepts, normalised, which is also part of the key.
        proxy_pass_request_headers off;
        proxy_set_header Accept-Encoding $edge_encoding;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_cache edge;
        proxy_cache_key $edge_path|$edge_encoding;
        proxy_cache_revalidate on;
        proxy_cache_lock on;
        # No "error" here: how long a copy is served while the origin fails is the origin's
        # stale-if-error, as at CloudFront.
        proxy_cache_use_stale updating;
        add_header X-Cache $upstream_cache_status always;
    }
}
`;
}

/** The cache file of a key (levels=1:2), to purge one path as an invalidation does. */
export function cacheFile(cache: string, key: string): string {
  const md5 = createHash('md5').update(key).digest('hex');
  return path.join(cache, md5.slice(-1), md5.slice(-3, -1), md5);
}
