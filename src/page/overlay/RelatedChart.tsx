/**
 * A few figures on one horizontal axis from zero, this page's claim marked. Inline SVG through preact: for a
 * handful of bars one linear scale is a dozen lines, while a chart library would add tens of kilobytes to a
 * content script that loads on every page, for nothing the card needs.
 *
 * The solid part of a bar is what a figure asserts for certain; a pale part shows its spread: a range to
 * its high end, "over" to the end of the axis.
 */
import type { ChartPoint } from '../../view/chart';
import { formatFigure, formatNumber } from '../../view/related';
import type { ClaimKind } from '../../core/types';

const WIDTH = 260;
const ROW = 18;
const LABEL = 92;
const AXIS = 14;
const MAX_ROWS = 6;

export function RelatedChart({ points, kind }: { points: ChartPoint[]; kind: ClaimKind }) {
  const rows = points.slice(0, MAX_ROWS);
  if (rows.length < 2) return null;
  const finite = rows.flatMap((p) => [p.low, p.high]).filter(Number.isFinite);
  const max = Math.max(...finite, 0);
  const min = Math.min(...finite, 0);
  const span = max - min || 1;
  const plotEnd = WIDTH - 6;
  const x = (v: number) => LABEL + ((Math.min(Math.max(v, min), max) - min) / span) * (plotEnd - LABEL);
  const axisY = rows.length * ROW + 2;
  const height = axisY + AXIS;
  const description = rows.map((p) => `${p.label}: ${formatFigure(p.figure, kind)}`).join('; ');
  return (
    <svg class="cl-related-chart" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={description}>
      <title>{description}</title>
      {rows.map((p, i) => {
        const y = i * ROW + 2;
        const zero = x(0);
        const certain = x(Number.isFinite(p.low) ? p.low : min);
        const spreadEnd = Number.isFinite(p.high) ? x(p.high) : plotEnd;
        const colour = p.isClaim ? '#d97706' : '#64748b';
        return (
          <g key={i} data-claim={p.isClaim ? 'true' : undefined}>
            <title>{`${p.label}: ${formatFigure(p.figure, kind)}`}</title>
            <text x={0} y={y + 12} font-size="10" fill="currentColor" font-weight={p.isClaim ? 'bold' : 'normal'}>
              {p.label.length > 16 ? `${p.label.slice(0, 15)}…` : p.label}
            </text>
            <rect class="cl-bar" x={Math.min(zero, certain)} y={y + 3} width={Math.max(1, Math.abs(certain - zero))} height={ROW - 8} fill={colour} />
            {spreadEnd > certain + 0.5 && (
              <rect class="cl-spread" x={certain} y={y + 3} width={spreadEnd - certain} height={ROW - 8} fill={colour} opacity={0.3} />
            )}
          </g>
        );
      })}
      <line x1={LABEL} x2={plotEnd} y1={axisY} y2={axisY} stroke="currentColor" stroke-width="0.5" />
      <text x={LABEL} y={axisY + 11} font-size="9" fill="currentColor">
        {formatNumber(min)}
      </text>
      <text x={plotEnd} y={axisY + 11} font-size="9" fill="currentColor" text-anchor="end">
        {formatNumber(max)}
      </text>
    </svg>
  );
}
