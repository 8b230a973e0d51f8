// Under `next dev`, reloads the open page when a file under content/ is saved: the documents are
// read from disk when a page is asked for, so the development server's own updates never see
// them. Renders nothing in a production build.
import { latestContentChange } from '@/lib/content/content-changes';
import { ContentReloadOnChange } from './content-reload-on-change';

export async function ContentReload() {
  if (process.env.NODE_ENV !== 'development') return null;
  return <ContentReloadOnChange since={await latestContentChange()} />;
}
