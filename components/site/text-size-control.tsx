// The text-size control (MIIT's aging-friendly website guidance): three sizes, as buttons that
// site.js reveals and drives; it sets data-text-size on <html>, which scales every rem of the
// stylesheet, and remembers the choice in localStorage (no cookie). Without JavaScript the
// control stays hidden and the browser's own zoom does the same job.
export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export type TextSizeLabels = { label: string; names: Record<TextSize, string> };

export function TextSizeControl({ label, names }: TextSizeLabels) {
  return (
    <div
      className="text-size-control"
      role="group"
      aria-label={label}
      data-text-size-control=""
      hidden
    >
      <span className="text-size-control__label" aria-hidden="true">
        {label}
      </span>
      {TEXT_SIZES.map((size) => (
        <button
          key={size}
          type="button"
          className="text-size-control__button"
          data-size={size}
          aria-pressed={size === 'standard'}
        >
          {names[size]}
        </button>
      ))}
    </div>
  );
}
