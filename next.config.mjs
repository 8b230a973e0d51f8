// Next.js configuration. Language routing is done here with redirects and rewrites instead of
// per-request middleware: Chinese pages live at the root (/privacy/) and are served from the
// [locale]=zh-CN tree; English pages live under /en/. No cookie and no Accept-Language sniffing.
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    // The default language has no prefix; a /zh-CN/ URL is a duplicate of the root one.
    return [
      { source: '/zh-CN', destination: '/', permanent: true },
      // Written with the trailing slash so /zh-CN/privacy/ reaches /privacy/ in one hop.
      { source: '/zh-CN/:path+/', destination: '/:path+/', permanent: true },
    ];
  },
  async rewrites() {
    return {
      // After public files and static routes, before dynamic ones: every path that is not
      // English or a framework asset is a Chinese page.
      afterFiles: [
        { source: '/', destination: '/zh-CN/' },
        { source: '/:path((?!en/|en$|_next/).*)', destination: '/zh-CN/:path' },
      ],
    };
  },
};

export default withNextIntl(nextConfig);
