import type { ReactNode } from 'react';
import classes from './charts.module.css';

export interface Bar {
  key: string;
  label: ReactNode;
  /** null: nothing to draw (the value text still says why, e.g. "–"). */
  value: number | null;
  colour: string;
  /** The value as written beside the bar, formatted for the reader's language. */
  text: string;
}

interface Props {
  /** What the chart shows, in words: its text alternative. */
  label: string;
  bars: Bar[];
  /** The value at the right end of the axis (the axis starts at 0). */
  max: number;
  ticks: { value: number; text: string }[];
  axisTitle: string;
}

const percent = (value: number, max: number): string => `${(Math.min(max, Math.max(0, value)) / max) * 100}%`;

/**
 * Horizontal bars on a 0..max value axis. Drawn by the app itself (CSS grid, no chart
 * library), so a page that shows a bar chart first needs no more than its own code. The
 * whole chart is one image to assistive technology, named by `label`; the table view beside
 * it holds the figures.
 */
export function BarChart({ label, bars, max, ticks, axisTitle }: Props) {
  const gridlines = ticks
    .filter((t) => t.value > 0)
    .map((t) => <span key={t.value} className={classes.gridline} style={{ left: percent(t.value, max) }} />);
  return (
    <div role="img" aria-label={label} className={classes.bars} data-chart-drawn="">
      {bars.map((bar) => (
        <div key={bar.key} style={{ display: 'contents' }}>
          <span className={classes.barLabel}>{bar.label}</span>
          <div className={classes.track}>
            {gridlines}
            {bar.value !== null ? (
              <span className={classes.bar} style={{ width: percent(bar.value, max), background: bar.colour }} />
            ) : null}
            <span className={classes.barValue} style={{ left: percent(bar.value ?? 0, max) }}>
              {bar.text}
            </span>
          </div>
        </div>
      ))}
      <span />
      <div className={classes.axis}>
        {ticks.map((t) => (
          <span key={t.value} className={classes.tick} style={{ left: percent(t.value, max) }}>
            {t.text}
          </span>
        ))}
      </div>
      <span className={classes.axisTitle}>{axisTitle}</span>
    </div>
  );
}
