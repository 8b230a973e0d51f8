// The hub: every published document in this language, generated from content/.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LastUpdated } from '@/components/last-updated';
import { PageShell } from '@/components/page-shell';
import { isLocale, localePath } from '@/i18n/routing';
import { listDocuments, loadDocument } from '@/lib/content/library';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale });
  return { title: `${t('hub.title')} | ${t('site.name')}`, description: t('hub.intro') };
}

export default async function HubPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'hub' });
  const documents = await Promise.all(
    (await listDocuments()).map((slug) => loadDocument(slug, locale)),
  );
  return (
    <PageShell locale={locale} path="">
      <div className="hub">
        <h1>{t('title')}</h1>
        <p className="hub-intro">{t('intro')}</p>
        <ul className="document-list">
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
