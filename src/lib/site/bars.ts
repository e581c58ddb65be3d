/**
 * Geometry of the statistics page's bar charts, computed on the server; the component only draws it.
 * Pure: counts in, rectangles and labels (in SVG user units) out.
 */
import type { Count } from './stats.ts';

/** A bar and where its texts go. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Anchor of the label text (its baseline). */
  labelX: number;
  labelY: number;
  /** Anchor of the value text (its baseline). */
  valueX: number;
  valueY: number;
  /** Whether the label is drawn (column charts label only some columns). */
  showLabel: boolean;
  /** The text drawn as its label: the label itself, or a shorter axis label (a year, a month). */
  axisLabel: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: Bar[];
  /** Gridline values and their x (bars) or y (columns) position. */
  ticks: { value: number; at: number }[];
}

/**
 * The value axis for data up to `max`: the smallest step of 1, 2 or 5 × 10ⁿ that reaches `max` in at
 * most five steps, and the first multiple of it at least `max` (at least one step), so the axis ends close above the data.
 */
export function axisScale(max: number): { top: number; step: number } {
  for (let power = 1; ; power *= 10) {
    for (const step of [power, 2 * power, 5 * power]) {
      const steps = Math.max(1, Math.ceil(max / step));
      if (steps <= 5) return { top: steps * step, step };
    }
  }
}

/** The end of the value axis for data up to `max`. */
export function niceMax(max: number): number {
  return axisScale(max).top;
}

/** Gridlines from 0 to `niceMax(max)`, one per step. */
export function ticksFor(max: number): number[] {
  const { top, step } = axisScale(max);
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return ticks;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * Horizontal bars, one row each, the label above its bar so long names fit a phone's width.
 * `width` is the viewBox width; the value is printed at the end of the bar.
 */
export function barLayout(rows: readonly Count[], width = 420): ChartLayout {
  const pitch = 32;
  const barHeight = 12;
  const valueRoom = 40;
  const max = Math.max(0, ...rows.map((r) => r.value));
  const top = niceMax(max);
  const scale = (width - valueRoom) / top;
  const bars = rows.map((row, index) => {
    const y = index * pitch + 18;
    const barWidth = round(row.value * scale);
    return {
      ...pick(row),
      x: 0,
      y,
      width: barWidth,
      height: barHeight,
      labelX: 0,
      labelY: y - 4,
      valueX: round(barWidth + 4),
      valueY: y + barHeight - 2,
      showLabel: true,
      axisLabel: row.label,
    };
  });
  const ticks = ticksFor(max).map((value) => ({ value, at: round(value * scale) }));
  return { width, height: rows.length * pitch + 4, bars, ticks };
}

/** Width of a digit or comma of a column chart's tick numbers (11 px, tabular figures), and some to spare. */
const TICK_DIGIT = 6.5;

/**
 * Vertical columns along a time axis (oldest left), the tick numbers right of them. Every column is drawn; a
 * column is labelled when `labels` gives it a label (see `monthAxisLabels`), else every `labelEvery` columns
 * (at most ~8 labels).
 */
export function columnLayout(
  rows: readonly Count[],
  width = 480,
  height = 200,
  labels?: readonly (string | null)[],
): ChartLayout & {
  labelEvery: number;
} {
  const axisRoom = 20;
  const valueRoom = 14;
  const plot = height - axisRoom - valueRoom;
  const max = Math.max(0, ...rows.map((r) => r.value));
  const top = niceMax(max);
  const tickValues = ticksFor(max);
  // The tick numbers stand at the right end, beside the columns rather than over the newest ones.
  const tickRoom =
    Math.max(...tickValues.map((value) => value.toLocaleString('en-US').length)) * TICK_DIGIT + 6;
  const columnsWidth = width - tickRoom;
  const slot = rows.length > 0 ? columnsWidth / rows.length : columnsWidth;
  const gap = Math.min(2, slot * 0.2);
  const labelEvery = Math.max(1, Math.ceil(rows.length / 8));
  const bars = rows.map((row, index) => {
    const barHeight = round((row.value / top) * plot);
    const x = round(index * slot + gap / 2);
    const y = round(valueRoom + plot - barHeight);
    return {
      ...pick(row),
      axisLabel: labels?.[index] ?? row.label,
      x,
      y,
      width: round(slot - gap),
      height: barHeight,
      labelX: x,
      labelY: height - 6,
      valueX: round(x + (slot - gap) / 2),
      valueY: round(y - 3),
      showLabel: labels ? typeof labels[index] === 'string' : index % labelEvery === 0,
    };
  });
  const ticks = tickValues.map((value) => ({ value, at: round(valueRoom + plot - (value / top) * plot) }));
  return { width, height, bars, ticks, labelEvery };
}

function pick(row: Count): Pick<Bar, 'key' | 'label' | 'value'> {
  return { key: row.key, label: row.label, value: row.value };
}

/**
 * Axis labels for consecutive months (`YYYY-MM` keys): up to a year, every month's short name
 * (every other one past six); longer, the year at each January, and at the first month when the
 * next January is at least four columns away.
 */
export function monthAxisLabels(rows: readonly Count[]): (string | null)[] {
  if (rows.length <= 12) {
    const every = rows.length > 6 ? 2 : 1;
    return rows.map((row, i) => (i % every === 0 ? (row.label.split(' ')[0] ?? row.label) : null));
  }
  const firstJanuary = rows.findIndex((row) => row.key.endsWith('-01'));
  return rows.map((row, i) => {
    const year = row.key.slice(0, 4);
    if (row.key.endsWith('-01')) return year;
    return i === 0 && (firstJanuary === -1 || firstJanuary >= 4) ? year : null;
  });
}
