// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BarChart } from './BarChart';
import { HeatGrid, type HeatGridCell } from './HeatGrid';

afterEach(cleanup);

const ticks = [0, 1, 2, 3].map((value) => ({ value, text: String(value) }));

describe('BarChart', () => {
  const draw = () =>
    render(
      <BarChart
        label="Mean level by region"
        max={3}
        ticks={ticks}
        axisTitle="Mean level"
        bars={[
          { key: 'ECA', label: 'Economic Commission for Africa', value: 1.25, colour: '#6baed6', text: '1.25' },
          { key: 'ECE', label: 'Economic Commission for Europe', value: null, colour: '#e9ecef', text: '–' },
          { key: 'BAD', label: 'Out of range', value: 7, colour: '#08519c', text: '7.00' },
        ]}
      />,
    );

  it('is one image named by its summary, with each bar as long as its value on the 0..max axis', () => {
    const { container } = draw();
    const chart = screen.getByRole('img', { name: 'Mean level by region' });
    expect(chart.hasAttribute('data-chart-drawn')).toBe(true);
    const bars = [...container.querySelectorAll<HTMLElement>('span[style*="width"]')];
    // ECE has no value: no bar drawn, its dash written at the axis start.
    expect(bars.map((b) => b.style.width)).toEqual([`${(1.25 / 3) * 100}%`, '100%']);
    expect(screen.getByText('–').style.left).toBe('0%');
    expect(screen.getByText('1.25').style.left).toBe(`${(1.25 / 3) * 100}%`);
  });

  it('writes the axis ticks at their place and the axis title', () => {
    draw();
    expect(screen.getByText('2').style.left).toBe(`${(2 / 3) * 100}%`);
    expect(screen.getByText('Mean level')).toBeTruthy();
  });
});

describe('HeatGrid', () => {
  const cells: (HeatGridCell | null)[][] = [
    [{ colour: '#08519c', text: '3', title: 'Objective 16, ECA: 3' }, null],
    [
      { colour: '#eff3ff', text: '1*', title: 'Objective 23, ECA: 1 (submitted)', flagged: true },
      { colour: '#e9ecef', text: '', title: 'none' },
    ],
  ];
  const draw = (onRowClick?: (row: number) => void) =>
    render(
      <MemoryRouter>
        <HeatGrid
          label="Objectives by region"
          columns={[
            { key: 'ECA', label: 'ECA', title: 'Economic Commission for Africa' },
            { key: 'ECE', label: 'UNECE', title: 'Economic Commission for Europe' },
          ]}
          rows={[
            { key: '16', label: '16', title: '16. Inclusion and social cohesion', href: '/objectives/16' },
            { key: '23', label: '23', title: '23. International cooperation', href: '/objectives/23' },
          ]}
          cell={(r, c) => cells[r]?.[c] ?? null}
          onRowClick={onRowClick}
        />
      </MemoryRouter>,
    );

  it('is a group named by its summary whose row heads are links named in full', () => {
    draw();
    expect(screen.getByRole('group', { name: 'Objectives by region' })).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links.map((l) => [l.getAttribute('aria-label'), l.getAttribute('href')])).toEqual([
      ['16. Inclusion and social cohesion', '/objectives/16'],
      ['23. International cooperation', '/objectives/23'],
    ]);
  });

  it('colours each cell, with text that contrasts, frames flagged cells and leaves empty ones blank', () => {
    draw();
    const dark = screen.getByTitle('Objective 16, ECA: 3');
    expect(dark.textContent).toBe('3');
    expect(dark.style.color).toBe('rgb(255, 255, 255)');
    const flagged = screen.getByTitle('Objective 23, ECA: 1 (submitted)');
    expect(flagged.style.color).toBe('rgb(0, 0, 0)');
    expect(flagged.className).toMatch(/flagged/);
    expect(dark.className).not.toMatch(/flagged/);
    expect(screen.getByTitle('none').textContent).toBe('');
  });

  it('opens a row from any of its cells when asked to, and makes cells clickable only then', () => {
    const opened = vi.fn();
    draw(opened);
    fireEvent.click(screen.getByTitle('Objective 23, ECA: 1 (submitted)'));
    expect(opened).toHaveBeenCalledWith(1);
    cleanup();
    draw();
    expect(screen.getByTitle('Objective 16, ECA: 3').className).not.toMatch(/clickable/);
  });
});
