import { formatNumber } from '../danish';

export interface Bar {
  label: string;
  /** Shown in the table beside the chart, e.g. the months a bar covers. */
  detail?: string;
  value: number;
}

/** A bar chart in SVG with the figures as a table beside it (the table is what screen readers read). */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const width = 480;
  const barHeight = 28;
  const labelWidth = 150;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${bars.length * (barHeight + 8)}`} role="img" aria-hidden="true" focusable="false">
        {bars.map((bar, index) => {
          const y = index * (barHeight + 8);
          const length = ((width - labelWidth - 60) * bar.value) / max;
          return (
            <g key={bar.label}>
              <text x={0} y={y + barHeight * 0.7} className="chart-label">
                {bar.label}
              </text>
              <rect x={labelWidth} y={y} width={Math.max(length, 1)} height={barHeight} className={`chart-bar bar-${index % 3}`} />
              <text x={labelWidth + length + 6} y={y + barHeight * 0.7} className="chart-value">
                {formatNumber(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="chart-table">
        <caption className="visually-hidden">{title}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.detail}</td>
              <td className="number">{formatNumber(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
