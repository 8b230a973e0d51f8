// /robots.txt: everything may be crawled; the sitemap lists every page in both languages.
import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site-config';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
