// The rules of a server that serves the site, shared by its plain-HTTP and HTTPS servers: how
// files are sent, which methods are answered, the site's 308 redirects, and the locations.
import { defaultLocale, locales } from '@/i18n/routing';
import { IMMUTABLE_PREFIX } from '@/lib/http/cache-policy.mjs';
import { rangeCss } from '@/lib/versions/comparison';

const prefix = (l: string) => (l === defaultLocale ? '' : `/${l}`);

/** What every file is served with: root, types, precompressed copies, ETags, the headers. */
function fileSettings(root: string, include: string, brotli: boolean): string {
  return `    root ${root};
    server_tokens off;
    # Relative Location headers: no Host header a client sends can change where a redirect leads.
    absolute_redirect off;
    # Also the type of the short texts below (405); every file has a known extension.
    default_type text/plain;
    charset utf-8;
    charset_types text/css application/javascript text/xml application/xml application/atom+xml text/plain image/svg+xml;
    gzip_static on;
    gzip_vary on;
${brotli ? '    brotli_static on;\n' : ''}    # ETags (nginx's default) let browsers and the CDN revalidate with 304.
    etag on;
    # No byte ranges: a Range header gets the whole file (200). Pages are small; this also rules
    # out many-range answers, and nginx's 416, which repeats every added header (it runs the
    # header filters twice).
    max_ranges 0;
    include ${include};
`;
}

/** Any method but GET and HEAD: 405 (the headers snippet adds `Allow`). */
function methodRule(): string {
  return `
    # The site answers GET and HEAD only.
    if ($request_method !~ ^(GET|HEAD)$) {
        return 405 "Method Not Allowed\\n";
    }
`;
}

/** /zh-CN/... is the page without the default language's prefix: one 308, the query kept. */
function defaultLanguageRedirects(): string {
  return `
    # /${defaultLocale}/... is the page without the prefix; one hop, query kept.
    location ~* ^/${defaultLocale}/?$ {
        return 308 /$site_query;
    }
    location ~* ^/${defaultLocale}/ {
        if ($site_default_language_rest = "") {
            return 404;
        }
        if ($uri ~ "/$") {
            return 308 $site_default_language_rest$site_query;
        }
        set $site_target_dir "$document_root$site_default_language_rest";
        if (-d $site_target_dir) {
            return 308 $site_default_language_rest/$site_query;
        }
        return 308 $site_default_language_rest$site_query;
    }
`;
}

/** A file with a slash after it (/feed.xml/): 308 to the file. */
function fileSlashRedirect(): string {
  return `
    # A file with a slash after it (/feed.xml/): 308 to the file; no page has a dot in its name.
    location ~ ^/[A-Za-z0-9._~/-]*\\.[A-Za-z0-9]+/$ {
        if ($site_path_unslashed = "") {
            return 404;
        }
        return 308 $site_path_unslashed$site_query;
    }
`;
}

/** A page without its final slash, and doubled slashes: one 308 to the slashed, merged path. */
function pageSlashRedirects(): string {
  return `
    # A page without its final slash: 308 to the slashed URL.
    set $slash "";
    if (-d $request_filename) {
        set $slash "dir";
    }
    if ($uri ~ "^/[A-Za-z0-9._~/-]*[^/]$") {
        set $slash "\${slash}-noslash";
    }
    if ($site_path = "") {
        set $slash "\${slash}-unsafe";
    }
    # Doubled slashes: one hop to the merged path, with the final slash a page needs.
    if ($site_merged_path != "") {
        set $slash "\${slash}-merged";
    }
    if ($slash ~ "^dir-noslash.*-merged$") {
        return 308 $site_merged_path/$site_query;
    }
    if ($slash ~ "-merged$") {
        return 308 $site_merged_path$site_query;
    }
    if ($slash = "dir-noslash") {
        return 308 $site_path/$site_query;
    }
`;
}

/**
 * The methods the site answers, and its 308 redirects built from the request as it was sent:
 * the default language's prefix, a file with a slash after it, a page without its final slash,
 * doubled slashes.
 */
function redirectRules(): string {
  return [methodRule(), defaultLanguageRedirects(), fileSlashRedirect(), pageSlashRedirects()].join(
    '',
  );
}

/** The locations: fingerprinted assets, each language's pages and 404 page, the feeds. */
function locationRules(): string {
  const others = locales.filter((l) => l !== defaultLocale);
  const languageLocations = others
    .map(
      (l) => `
    # Pages under ${prefix(l)}/: the same rules, and the 404 page in this language.
    location ${prefix(l)}/ {
        error_page 404 ${prefix(l)}/404.html;
        try_files $uri $uri/index.html =404;
    }`,
    )
    .join('\n');
  return `
    error_page 404 /404.html;

    location ${IMMUTABLE_PREFIX} {
        try_files $uri =404;
    }
${languageLocations}

    # The Atom feeds, sent with their own type rather than that of any .xml file.
    location ~ ^(${others.map(prefix).join('|')})?/feed\\.xml$ {
        types { }
        default_type application/atom+xml;
        try_files $uri =404;
    }

    location / {
        try_files $uri $uri/index.html =404;
    }`;
}

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const DOC = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * The comparison of any two versions (/privacy/<version>/changes/<since>/): the document's
 * compare page, whose script draws the pair, where both versions exist and `since` is the older
 * ($site_comparison_order, maps.ts); beside it range.css, the same bytes the site's server sends,
 * so that without JavaScript only the changes between the two stay listed. And the compare page's
 * form: two dates in the query, 303 to their comparison. Nothing here grows with the versions.
 */
function comparisonRules(): string {
  const others = locales.filter((l) => l !== defaultLocale).map(prefix);
  const pair = `^(?<cmp_prefix>${others.join('|')})?/(?<cmp_doc>${DOC})/(?<cmp_version>${DATE})/changes/(?<cmp_since>${DATE})/`;
  const checks = `        error_page 404 $cmp_prefix/404.html;
        if ($site_comparison_order = "") {
            return 404;
        }
        set $site_version_outline "$document_root$cmp_prefix/$cmp_doc/$cmp_version/outline.json";
        if (!-f $site_version_outline) {
            return 404;
        }
        set $site_since_outline "$document_root$cmp_prefix/$cmp_doc/$cmp_since/outline.json";
        if (!-f $site_since_outline) {
            return 404;
        }`;
  const css = rangeCss('$cmp_version', '$cmp_since').replace(/"/g, '\\"').replace(/\n$/, '\\n');
  return `
    # Any two versions compared: the compare page is the frame, its script draws the pair.
    location ~ "${pair}$" {
${checks}
        try_files $cmp_prefix/$cmp_doc/compare/index.html =404;
    }
    location ~ "${pair}range\\.css$" {
        default_type text/css;
${checks}
        return 200 "${css}";
    }
    # The compare page; with two dates chosen in its form, 303 to their comparison.
    location ~ "^(?<cmp_base>(?<cmp_lang>${others.join('|')})?/${DOC})/compare/$" {
        error_page 404 $cmp_lang/404.html;
        if ($site_compare_choice != "") {
            return 303 $cmp_base/$site_compare_choice;
        }
        try_files $uri/index.html $uri =404;
    }`;
}

/** The locations and rules of the site, shared by its HTTP and HTTPS servers. */
export function siteRules(root: string, include: string, brotli: boolean): string {
  return fileSettings(root, include, brotli) + redirectRules() + comparisonRules() + locationRules();
}
