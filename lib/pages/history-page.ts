// The model of a document's history, /privacy/history/: every version with its dates, status,
// summary, the revisions of its translation and its integrity record, newest first, and the
// same list for programs (versions.json), announced in the head.
import { otherLocale, type Locale } from '@/i18n/routing';
import { resolveDocument, type DocumentRoute } from '@/lib/pages/document-route';
import { pageBasics, type PageBasics } from '@/lib/pages/page-basics';
import type { PageHead } from '@/lib/pages/page-metadata';
import { absoluteUrl } from '@/lib/site-config';
import { shownEffective, versionStatus, type VersionStatus } from '@/lib/versions/in-force';
import { versionIntegrity, type VersionIntegrity } from '@/lib/versions/version-integrity';
import { versionPaths } from '@/lib/versions/version-paths';
import { loadVersion, shownVersion } from '@/lib/versions/versions';

export type HistoryEntry = {
  date: string;
  /** The day it takes effect; none when its date is the one the text itself states. */
  effective: string | undefined;
  status: VersionStatus;
  summary?: string;
  first: boolean;
  /** The text of this version that does not prevail, and its revisions since the version. */
  translation: { locale: Locale; revisions: readonly { date: string; summary: string }[] };
  integrity: VersionIntegrity;
};

export type HistoryPageModel = {
  route: DocumentRoute;
  t: PageBasics['t'];
  page: PageHead;
  publisher: PageBasics['publisher'];
  /** Newest first. */
  entries: HistoryEntry[];
  /** The link in the head to the same list for programs. */
  versionsJson: { url: string; title: string };
};

export async function historyPage(params: {
  locale: string;
  doc: string;
}): Promise<HistoryPageModel> {
  const route = await resolveDocument(params);
  const texts = await Promise.all(
    route.versions.map((v) => loadVersion(route.slug, v, route.locale)),
  );
  // The text of each version that does not prevail: its revisions are listed with the version.
  const translations = await Promise.all(
    route.versions.map((v, index) => {
      const own = texts[index]!;
      return own.frontmatter.prevailingLanguage === route.locale
        ? loadVersion(route.slug, v, otherLocale(route.locale))
        : own;
    }),
  );
  const integrity = await Promise.all(route.versions.map((v) => versionIntegrity(route.slug, v)));
  const { t, site, publisher } = await pageBasics(route.locale);
  // Named for the text the document page shows: the version in force.
  const current =
    texts[route.versions.indexOf(shownVersion(route.versions, route.day))]!.frontmatter;
  const entries = route.versions
    .map((v, index) => ({
      date: v.date,
      effective: shownEffective(v),
      status: versionStatus(route.versions, v, route.day),
      summary: texts[index]?.frontmatter.changeSummary,
      first: index === 0,
      translation: {
        locale: translations[index]!.locale,
        revisions: translations[index]!.frontmatter.translationRevisions ?? [],
      },
      integrity: integrity[index]!,
    }))
    .reverse();
  const page = {
    locale: route.locale,
    slug: `${route.slug}/history`,
    title: t('versions.historyTitle', { title: current.title }),
    description: t('versions.historyIntro'),
    ...site,
  };
  const versionsJson = {
    url: absoluteUrl(versionPaths(route.locale, route.slug).json),
    title: t('versions.versionsJsonTitle', { title: current.title }),
  };
  return { route, t, page, publisher, entries, versionsJson };
}
