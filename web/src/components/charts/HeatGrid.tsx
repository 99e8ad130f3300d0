import { Link } from 'react-router';
import { textColourOn } from '../../lib/level-scale';
import classes from './charts.module.css';

export interface HeatGridColumn {
  key: string;
  /** Short, for the column head (a region code, a cycle code). */
  label: string;
  /** In full, shown on hover. */
  title: string;
}

export interface HeatGridRow {
  key: string;
  /** Short, for the row head (an objective's number). */
  label: string;
  /** In full: the row head's accessible name and hover text. */
  title: string;
  /** Where the row head (and a click on any of its cells) leads. */
  href?: string;
}

export interface HeatGridCell {
  colour: string;
  /** Written in the cell ('' for none). */
  text: string;
  /** Shown on hover: what the cell stands for, in words. */
  title: string;
  /** Drawn with an orange frame (e.g. a level submitted but not yet validated). */
  flagged?: boolean;
}

interface Props {
  /** What the grid shows, in words: its text alternative. */
  label: string;
  columns: HeatGridColumn[];
  rows: HeatGridRow[];
  /** The cell of a row and column, or null for an empty one. */
  cell: (row: number, column: number) => HeatGridCell | null;
  onRowClick?: (row: number) => void;
}

/**
 * Rows by columns of coloured cells (objectives by regions, or by cycles). Drawn by the app
 * itself in a CSS grid, no chart library: the row heads are links reached with Tab, the
 * cells repeat them for the mouse, and the figures themselves are in the table view.
 */
export function HeatGrid({ label, columns, rows, cell, onRowClick }: Props) {
  return (
    <div
      role="group"
      aria-label={label}
      className={classes.grid}
      style={{ gridTemplateColumns: `minmax(2rem, max-content) repeat(${columns.length}, minmax(2.25rem, 9rem))` }}
      data-chart-drawn=""
    >
      <span aria-hidden />
      {columns.map((c) => (
        <span key={c.key} className={classes.columnLabel} title={c.title} aria-hidden>
          {c.label}
        </span>
      ))}
      {rows.map((row, r) => (
        <div key={row.key} style={{ display: 'contents' }}>
          {row.href ? (
            <Link to={row.href} className={classes.rowLabel} aria-label={row.title} title={row.title}>
              {row.label}
            </Link>
          ) : (
            <span className={classes.rowLabel} title={row.title}>
              {row.label}
            </span>
          )}
          {columns.map((c, x) => {
            const value = cell(r, x);
            if (!value) return <span key={c.key} aria-hidden />;
            const clickable = onRowClick !== undefined;
            return (
              <span
                key={c.key}
                aria-hidden
                title={value.title}
                className={[classes.cell, clickable ? classes.clickable : '', value.flagged ? classes.flagged : ''].join(' ')}
                style={{ background: value.colour, color: textColourOn(value.colour) }}
                onClick={clickable ? () => onRowClick(r) : undefined}
              >
                {value.text}
              </span>
            );
          })}
        </div>
      ))}
    </div>
  );
}
