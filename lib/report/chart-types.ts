import type { Evaluation } from '#lib/domain/evaluation';
import type { CapacityKind, MarkKind } from './chart-style.ts';
import type { ReportSeries } from './report-input.ts';

/** The named datasets of one chart (see `chart-spec.ts`), times in ms. */
export interface ChartData {
  /** Daily peaks (cleaned), the whole history. */
  readonly hist: readonly { t: number; v: number }[];
  /** Weekly maxima, drawn over the daily line. */
  readonly weekly: readonly { t: number; v: number }[];
  readonly fc: readonly { t: number; m: number; lo: number; hi: number }[];
  /** Step lines: capacity, thresholds and the recommended augment. */
  readonly cap: readonly { t: number; v: number; s: CapacityKind }[];
  readonly marks: readonly ChartMark[];
  readonly outliers: readonly { t: number; v: number }[];
  readonly notes: readonly ChartAnnotation[];
}

/** A date marked with a vertical rule and a label. */
export interface ChartMark {
  readonly t: number;
  readonly kind: MarkKind;
  readonly label: string;
  /** Label row above the plot (0 = nearest to it). */
  readonly row: number;
  /** Whether the label is written leftwards of the rule. */
  readonly right: boolean;
}

/** A text written on the plot at a point (e.g. the growth rate). */
export interface ChartAnnotation {
  readonly t: number;
  readonly v: number;
  readonly label: string;
  /** Text colour; each annotation kind picks its own. */
  readonly colour: string;
}

/** What an annotation can be computed from. */
export interface AnnotationContext {
  readonly series: ReportSeries;
  readonly evaluation: Evaluation | undefined;
  readonly asOf: string;
  readonly hist: ChartData['hist'];
  readonly fc: ChartData['fc'];
}

/**
 * One kind of annotation (`chart-annotations.ts`): a small function from
 * the chart's context to the texts it adds. A new kind is one more
 * function passed to `buildChartData`.
 */
export type Annotator = (context: AnnotationContext) => ChartAnnotation[];
