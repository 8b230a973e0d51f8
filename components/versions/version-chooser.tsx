// A form to choose any two versions of a document and compare them: plain HTML, sent with GET to
// the document's compare page, which both servers answer with a redirect to the comparison
// (/privacy/<version>/changes/<since>/), so it works without JavaScript. The history page and
// the compare page show it.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { comparePagePath } from '@/lib/versions/comparison';

type Props = {
  locale: Locale;
  slug: string;
  /** Oldest first, each with its date as the site writes it. */
  versions: readonly { date: string; day: string }[];
  /** The pair chosen, on a comparison's page. */
  chosen?: { version: string; since: string };
  /** Tells apart two forms on one page. */
  idPrefix?: string;
};

export async function VersionChooser({
  locale,
  slug,
  versions,
  chosen,
  idPrefix = 'compare',
}: Props) {
  if (versions.length < 2) return null;
  const t = await getTranslations({ locale, namespace: 'versions' });
  const newest = versions.at(-1)!.date;
  const oldest = versions[0]!.date;
  const options = (list: typeof versions) =>
    [...list].reverse().map((v) => (
      <option key={v.date} value={v.date}>
        {t('versionOf', { date: v.day })}
      </option>
    ));
  return (
    <form className="version-chooser" method="get" action={comparePagePath(locale, slug)}>
      <p className="version-chooser__field">
        <label htmlFor={`${idPrefix}-version`}>{t('compareNewer')}</label>
        <select id={`${idPrefix}-version`} name="version" defaultValue={chosen?.version ?? newest}>
          {options(versions.slice(1))}
        </select>
      </p>
      <p className="version-chooser__field">
        <label htmlFor={`${idPrefix}-since`}>{t('compareOlder')}</label>
        <select id={`${idPrefix}-since`} name="since" defaultValue={chosen?.since ?? oldest}>
          {options(versions.slice(0, -1))}
        </select>
      </p>
      <p className="version-chooser__field">
        <button type="submit">{t('compareSubmit')}</button>
      </p>
    </form>
  );
}
