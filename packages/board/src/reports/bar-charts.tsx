// The two bar-chart frames the reports share: columns over days or buckets, and bars across
// stages or people (their names readable on the left). Each panel passes its own <Bar>s.
import type { ComponentProps, ReactNode } from 'react';
import {
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { axisProps, COLORS } from './chart-theme.ts';

const HOVER = { fill: '#f1f5f9' };

interface Frame<Row> {
  data: readonly Row[];
  children: ReactNode;
  /** A legend under the chart; with `legendOrder`, its entries in that order of dataKeys. */
  legend?: boolean;
  legendOrder?: readonly string[];
}

function chartLegend(legend: boolean | undefined, order: readonly string[] | undefined) {
  if (!legend) return null;
  return (
    <Legend
      iconType="circle"
      wrapperStyle={{ fontSize: 12 }}
      // Only when asked: an explicit undefined would replace recharts' own default order.
      {...(order && { itemSorter: (item) => order.indexOf(String(item.dataKey)) })}
    />
  );
}

/** Upright bars, one per day or bucket, counted on the left axis. */
export function ColumnBars<Row>({
  data,
  children,
  legend,
  legendOrder,
  category = 'label',
  minTickGap,
}: Frame<Row> & { category?: string; minTickGap?: number }) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={data as Row[]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey={category} {...axisProps} {...(minTickGap && { minTickGap })} />
        <YAxis allowDecimals={false} {...axisProps} />
        <Tooltip cursor={HOVER} />
        {chartLegend(legend, legendOrder)}
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Bars lying across, one per stage or person named on the left. */
export function AcrossBars<Row>({
  data,
  children,
  legend,
  legendOrder,
  height,
  labelWidth = 130,
  rightMargin = 8,
  tickFormatter,
  valueFormatter,
}: Frame<Row> & {
  height: number;
  labelWidth?: number;
  rightMargin?: number;
  /** Amounts rather than counts: ticks and tooltip in the panel's format (decimals allowed). */
  tickFormatter?: (value: number) => string;
  valueFormatter?: ComponentProps<typeof Tooltip>['formatter'];
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data as Row[]}
        layout="vertical"
        margin={{ top: 0, right: rightMargin, bottom: 0, left: 8 }}
      >
        <CartesianGrid stroke={COLORS.grid} horizontal={false} />
        {tickFormatter ? (
          <XAxis type="number" {...axisProps} tickFormatter={tickFormatter} />
        ) : (
          <XAxis type="number" allowDecimals={false} {...axisProps} />
        )}
        <YAxis type="category" dataKey="label" width={labelWidth} {...axisProps} />
        <Tooltip cursor={HOVER} {...(valueFormatter && { formatter: valueFormatter })} />
        {chartLegend(legend, legendOrder)}
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}
