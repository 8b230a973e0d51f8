// The one document route: every folder in content/ is published here in every language. It shows
// the version in force on the build date (lib/versions/in-force.ts), opening with a notice while a
// later version is announced, or for a while after a new one took effect.
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { AdvanceNotice } from '@/components/document/advance-notice';
import { JsonLd } from '@/components/site/json-ld';
import { LegalDocument } from '@/components/document/legal-document';
import { PageShell } from '@/components/site/page-shell';
import { UpdateNotice } from '@/components/document/update-notice';
import { documentParams, resolveDocument } from '@/lib/pages/document-route';
import { announcedVersions, versionInForce, versionPeriod } from '@/lib/versions/in-force';
import { loadVersion, shownVersion } from '@/lib/versions/versions';
import { isRecent } from '@/lib/dates';
import { pageBasics } from '@/lib/pages/page-basics';
import { pageJsonLd, pageMetadata } from '@/lib/pages/page-metadata';
import { updateNoticeDays } from '@/lib/site-config';
import { versionPaths } from '@/lib/versions/version-paths';

export const dynamicParams = false;
export const generateStaticParams = documentParams;

async function resolve(params: PageProps<'/[locale]/[doc]'>['params']) {
  const route = await resolveDocument(await params);
  const shown = shownVersion(route.versions, route.day);
  const document = await loadVersion(route.slug, shown, route.locale);
  const { t, site, publisher } = await pageBasics(route.locale);
  const { title, description } = document.frontmatter;
  const page = { locale: route.locale, slug: route.slug, title, description, ...site };
  return { route, shown, document, t, page, publisher };
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]'>): Promise<Metadata> {
  return pageMetadata((await resolve(params)).page);
}

export default async function DocumentPage({ params }: PageProps<'/[locale]/[doc]'>) {
  const { route, shown, document, t, page, publisher } = await resolve(params);
  setRequestLocale(route.locale);
  const { changeSummary } = document.frontmatter;
  const paths = versionPaths(route.locale, route.slug);
  const inForce = versionInForce(route.versions, route.day);
  // The next version to take effect; a later one, if any, is announced from its own page.
  const announced = announcedVersions(route.versions, route.day)[0];
  const announcedText =
    announced && (await loadVersion(route.slug, announced, route.locale)).frontmatter;
  // A change is recent for a while after it took effect, when there is an earlier text.
  const recent =
    inForce !== undefined &&
    route.versions.indexOf(inForce) > 0 &&
    isRecent(inForce.effective, route.day, updateNoticeDays);
  return (
    <PageShell locale={route.locale} path={route.slug}>
      <JsonLd
        data={pageJsonLd({
          ...page,
          type: 'WebPage',
          dateModified: shown.date,
          version: versionPeriod(route.versions, shown),
          publisher,
        })}
      />
      <LegalDocument
        document={document}
        related={[
          { href: paths.history, label: t('versions.history') },
          { href: paths.bilingual, label: t('versions.bilingual') },
        ]}
        notice={
          <>
            {announced && announcedText && (
              <AdvanceNotice
                locale={route.locale}
                slug={route.slug}
                date={announced.date}
                effective={announced.effective}
                summary={announcedText.changeSummary}
                replacesInForce={inForce !== undefined}
              />
            )}
            {recent && (
              <UpdateNotice
                locale={route.locale}
                slug={route.slug}
                date={inForce.date}
                effective={inForce.effective}
                summary={changeSummary}
              />
            )}
          </>
        }
      />
    </PageShell>
  );
}
