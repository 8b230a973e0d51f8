// The site's wordmark, drawn as text: no copied logo.
type Props = { region: string };

export function Wordmark({ region }: Props) {
  return (
    <span className="wordmark" aria-hidden="true">
      <span className="wordmark__aws">AWS</span>
      <span className="wordmark__region">{region}</span>
    </span>
  );
}
