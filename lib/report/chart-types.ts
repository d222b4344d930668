/** The named datasets of one chart (see `chart-spec.ts`), times in ms. */
export interface ChartData {
  readonly hist: readonly { t: number; v: number }[];
  readonly fc: readonly { t: number; m: number; lo: number; hi: number }[];
  readonly cap: readonly { t: number; v: number; s: string }[];
  readonly marks: readonly ChartMark[];
  readonly outliers: readonly { t: number; v: number }[];
  readonly notes: readonly { t: number; v: number; label: string }[];
}

/** A date marked with a vertical rule and a label. */
export interface ChartMark {
  readonly t: number;
  readonly label: string;
  /** Label row above the plot (0 = nearest to it). */
  readonly row: number;
  /** Whether the label is written leftwards of the rule. */
  readonly right: boolean;
}
