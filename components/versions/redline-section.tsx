// One section of a redline: its heading (with any change to it), whether it is new or removed,
// and its blocks with their changes. A section without changes is folded into a <details>.
import type { BlockChange, SectionChange } from '@/lib/versions/redline';
import { RedlineText } from './redline-text';

type Props = {
  change: SectionChange;
  labels: { introduction: string; added: string; removed: string; unchanged: string; show: string };
};

/** Consecutive list items become one list; every other block stands alone. */
function group(blocks: readonly BlockChange[]): BlockChange[][] {
  const groups: BlockChange[][] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'item' && last?.[0]?.kind === 'item') last.push(block);
    else groups.push([block]);
  }
  return groups;
}

function Blocks({ blocks }: { blocks: readonly BlockChange[] }) {
  return group(blocks).map((run, index) => {
    const first = run[0]!;
    if (first.kind === 'item') {
      return (
        <ul key={index}>
          {run.map((item, i) => (
            <li key={i} data-change={item.status}>
              <RedlineText pieces={item.pieces} />
            </li>
          ))}
        </ul>
      );
    }
    const Tag =
      first.kind === 'heading' ? (`h${Math.min(Math.max(first.level ?? 3, 3), 6)}` as 'h3') : 'p';
    return (
      <Tag key={index} data-change={first.status}>
        <RedlineText pieces={first.pieces} />
      </Tag>
    );
  });
}

export function RedlineSection({ change, labels }: Props) {
  const [head, ...rest] = change.blocks;
  const titled = head?.kind === 'heading' && head.level === 2;
  const body = titled ? rest : change.blocks;
  const status =
    change.status === 'added' ? labels.added : change.status === 'removed' ? labels.removed : '';
  return (
    <section className="redline-section" data-change={change.status}>
      <h2 id={change.id || 'introduction'}>
        {titled ? <RedlineText pieces={head.pieces} /> : labels.introduction}
      </h2>
      {status && <p className="redline-section__status">{status}</p>}
      {change.status === 'unchanged' ? (
        <details className="redline-section__unchanged">
          <summary>
            {labels.unchanged} {labels.show}
          </summary>
          <Blocks blocks={body} />
        </details>
      ) : (
        <Blocks blocks={body} />
      )}
    </section>
  );
}
