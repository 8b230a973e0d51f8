// The hub: every published document in this language, generated from content/, as the version in
// force on the build date has it.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/site/json-ld';
import { LastUpdated } from '@/components/document/last-updated';
import { PageShell } from '@/components/site/page-shell';
import { isLocale, localePath, type Locale } from '@/i18n/routing';
import { documentsWithVersions, loadVersion, shownVersion } from '@/lib/versions/versions';
import { buildDate } from '@/lib/dates';
import { pageBasics } from '@/lib/pages/page-basics';
import { pageJsonLd, pageMetadata } from '@/lib/pages/page-metadata';

async function hub(locale: Locale) {
  const { t, site, publisher } = await pageBasics(locale);
  const day = buildDate();
  const documents = await Promise.all(
    (await documentsWithVersions()).map(({ slug, versions }) =>
      loadVersion(slug, shownVersion(versions, day), locale),
    ),
  );
  const page = {
    locale,
    slug: '',
    title: t('hub.title'),
    description: t('hub.intro'),
    ...site,
  };
  return { t, documents, page, publisher };
}

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return pageMetadata((await hub(locale)).page);
}

export default async function HubPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { documents, page, publisher } = await hub(locale);
  const newest =
    documents
      .map((d) => d.frontmatter.lastUpdated)
      .sort()
      .at(-1) ?? '';
  return (
    <PageShell locale={locale} path="">
      <JsonLd
        data={pageJsonLd({
          ...page,
          type: 'CollectionPage',
          dateModified: newest,
          publisher,
        })}
      />
      <div className="hub">
        <h1>{page.title}</h1>
        <p className="hub__intro">{page.description}</p>
        <ul className="hub__documents">
          {documents.map(({ slug, frontmatter }) => (
            <li key={slug}>
              <h2>
                <a href={localePath(locale, slug)}>{frontmatter.title}</a>
              </h2>
              <p>{frontmatter.description}</p>
              <LastUpdated locale={locale} date={frontmatter.lastUpdated} />
            </li>
          ))}
        </ul>
      </div>
    </PageShell>
  );
}
