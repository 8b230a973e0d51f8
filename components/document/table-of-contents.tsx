// The contents list, generated from the document's headings; plain links, so it works without
// JavaScript. Level-3 headings nest under the level-2 heading before them.
import type { TocEntry } from '@/lib/mdx/rehype-toc';

type Props = { entries: readonly TocEntry[]; title: string };

type Branch = { entry: TocEntry; children: TocEntry[] };

function nest(entries: readonly TocEntry[]): Branch[] {
  const branches: Branch[] = [];
  for (const entry of entries) {
    const parent = branches.at(-1);
    if (entry.level === 3 && parent) parent.children.push(entry);
    else branches.push({ entry, children: [] });
  }
  return branches;
}

export function TableOfContents({ entries, title }: Props) {
  if (entries.length === 0) return null;
  return (
    <nav className="table-of-contents" id="contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading" className="table-of-contents__title">
        {title}
      </h2>
      <ol>
        {nest(entries).map(({ entry, children }) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.title}</a>
            {children.length > 0 && (
              <ol>
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.title}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
