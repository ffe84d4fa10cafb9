/**
 * A few figures on one horizontal axis, this page's claim marked. Inline SVG through preact: for a handful
 * of bars one linear scale is a dozen lines, while a chart library would add tens of kilobytes to a content
 * script that loads on every page (and some need eval or canvas, which the card's shadow root can do without).
 */
import type { ChartPoint } from '../../core/related/figure';
import { formatFigure } from '../../core/related/format';
import type { ClaimKind } from '../../core/types';

const WIDTH = 260;
const ROW = 18;
const LABEL = 92;
const MAX_ROWS = 6;

export function RelatedChart({ points, kind }: { points: ChartPoint[]; kind: ClaimKind }) {
  const rows = points.slice(0, MAX_ROWS);
  if (rows.length < 2) return null;
  const values = rows.flatMap((p) => [p.low, p.high]).filter(Number.isFinite);
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const plot = WIDTH - LABEL - 8;
  const x = (v: number) => LABEL + ((v - min) / span) * plot;
  const height = rows.length * ROW + 4;
  const description = rows.map((p) => `${p.label}: ${formatFigure(p.figure, kind)}`).join('; ');
  return (
    <svg class="cl-related-chart" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={description}>
      <title>{description}</title>
      {rows.map((p, i) => {
        const y = i * ROW + 2;
        const start = x(Math.min(0, p.low));
        const end = x(Number.isFinite(p.high) ? p.high : max);
        return (
          <g key={i} data-claim={p.isClaim ? 'true' : undefined}>
            <text x={0} y={y + 12} font-size="10" fill="currentColor" font-weight={p.isClaim ? 'bold' : 'normal'}>
              {p.label.length > 16 ? `${p.label.slice(0, 15)}…` : p.label}
            </text>
            <rect
              x={start}
              y={y + 3}
              width={Math.max(1, end - start)}
              height={ROW - 8}
              fill={p.isClaim ? '#d97706' : '#64748b'}
              opacity={p.low !== p.high ? 0.55 : 1}
            />
            {p.low !== p.high && Number.isFinite(p.low) && (
              <line x1={x(p.low)} x2={x(p.low)} y1={y + 1} y2={y + ROW - 3} stroke="currentColor" stroke-width="1" />
            )}
          </g>
        );
      })}
    </svg>
  );
}
