// Resolves the [locale]/[doc] segments shared by a document's pages, and lists their params.
// Anything that is not a published document in a site language is a 404.
import { notFound } from 'next/navigation';
import { isLocale, locales, type Locale } from '@/i18n/routing';
import { buildDate } from '@/lib/dates';
import { assertContentPublishable } from '@/lib/checks/check';
import { listDocuments } from '@/lib/content/library';
import { listVersions, type DocumentVersion } from '@/lib/versions/versions';

export type DocumentRoute = {
  locale: Locale;
  slug: string;
  versions: DocumentVersion[];
  /** The day the build is made for, which decides the version in force (lib/versions/in-force.ts). */
  day: string;
};

/** Every language × document, after the content checks pass (they stop the build if not). */
export async function documentParams(): Promise<{ locale: Locale; doc: string }[]> {
  // The development server skips the checks so an editor's preview stays fast; pages still
  // show MDX errors.
  if (process.env.NODE_ENV === 'production') await assertContentPublishable();
  const slugs = await listDocuments();
  return locales.flatMap((locale) => slugs.map((doc) => ({ locale, doc })));
}

/** Every language × document with two versions or more: those with a compare page. */
export async function comparableParams() {
  const params = await documentParams();
  const counts = await Promise.all(params.map(async (p) => (await listVersions(p.doc)).length));
  return params.filter((_, i) => counts[i]! > 1);
}

/**
 * Every language × document × version, from the `from`-th version of each document on (1 skips
 * the first version, which has no earlier text to compare with).
 */
export async function versionParams(from = 0) {
  const params = await documentParams();
  const all = await Promise.all(
    params.map(async (p) =>
      (await listVersions(p.doc)).slice(from).map((v) => ({ ...p, version: v.date })),
    ),
  );
  return all.flat();
}

export async function resolveDocument(params: {
  locale: string;
  doc: string;
}): Promise<DocumentRoute> {
  const { locale, doc } = params;
  if (!isLocale(locale) || !(await listDocuments()).includes(doc)) notFound();
  return { locale, slug: doc, versions: await listVersions(doc), day: buildDate() };
}

/** A version of the document named by its date, with its neighbours; 404 if there is none. */
export function findVersion(route: DocumentRoute, date: string) {
  const index = route.versions.findIndex((v) => v.date === date);
  const version = route.versions[index];
  if (!version) notFound();
  return { version, previous: route.versions[index - 1], next: route.versions[index + 1] };
}
