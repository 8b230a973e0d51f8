// The link back to the contents list that ends a section (back-to-contents.css): on a phone the
// list is far above, and keyboard users get a way back.
type Props = { label: string };

export function BackToContents({ label }: Props) {
  return (
    <p className="back-to-contents">
      <a href="#contents">{label}</a>
    </p>
  );
}
