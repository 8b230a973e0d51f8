// A run of compared text: what stayed as it is, what was added (<ins>) and what was removed
// (<del>). The browser underlines and strikes them through, so the marks survive without colour.
import type { Piece } from '@/lib/versions/redline';

type Props = { pieces: readonly Piece[] };

export function RedlineText({ pieces }: Props) {
  return pieces.map((piece, index) => {
    if (piece.change === 'inserted') return <ins key={index}>{piece.text}</ins>;
    if (piece.change === 'deleted') return <del key={index}>{piece.text}</del>;
    return piece.text;
  });
}
