// The preview's content-problems panel: under `next dev`, the top of every page lists what
// `npm run check:content` reports for the document shown (and counts the rest), so an editor
// sees a broken link or a lost id on the page itself. It renders nothing in a production build,
// where no page exists while a problem remains.
import { getTranslations } from 'next-intl/server';
import path from 'node:path';
import type { ReactElement } from 'react';
import type { Locale } from '@/i18n/routing';
import { checkContent } from '@/lib/checks/check';
import { compileForPage, contentDir, displayPath, documentFile } from '@/lib/content/library';
import { ContentProblem } from './content-problem';

type Props = {
  locale: Locale;
  /** Path of the page without language prefix; its first segment names the document. */
  path: string;
};

export async function ContentProblems({
  locale,
  path: pagePath,
}: Props): Promise<ReactElement | null> {
  if (process.env.NODE_ENV !== 'development') return null;
  const { problems } = await checkContent();
  if (problems.length === 0) return null;
  const slug = pagePath.split('/')[0] ?? '';
  const folder = slug ? `${displayPath(path.join(contentDir(), slug))}/` : undefined;
  const own = folder ? problems.filter((p) => p.file.startsWith(folder)) : [];
  const others = problems.length - own.length;
  const failed = slug ? (await compileForPage(documentFile(slug, locale))).failed : false;
  const t = await getTranslations({ locale, namespace: 'preview' });
  return (
    <section
      className="content-problems"
      aria-labelledby="content-problems-title"
      data-content-problems
    >
      <h2 id="content-problems-title" className="content-problems__title">
        {own.length > 0 ? t('title', { count: own.length }) : t('none')}
      </h2>
      {failed && <p className="content-problems__not-shown">{t('notShown')}</p>}
      {own.length > 0 && (
        <ol className="content-problems__list">
          {own.map((p) => (
            <ContentProblem
              key={`${p.file}:${p.line}:${p.column}:${p.message}`}
              problem={p}
              hintLabel={t('hint')}
            />
          ))}
        </ol>
      )}
      {others > 0 && (
        <p className="content-problems__elsewhere">{t('elsewhere', { count: others })}</p>
      )}
      <p className="content-problems__note">{t('previewOnly')}</p>
    </section>
  );
}
