import { escapeHtml, formatPct } from './format.ts';

/**
 * The forecast engine's models in a planner's words, as
 * docs/architecture.md "The forecast engine" names them (its table of
 * pools), by the name the forecast records (`forecasts.csv`'s `model`).
 */
const MODEL_WORDS: Readonly<Record<string, string>> = {
  'theta-log': 'Theta on logs',
  'theta-log-3': 'Theta on logs, θ = 3',
  'theta-log-4': 'Theta on logs, θ = 4',
  'optimized-theta-log': 'optimised Theta on logs',
  'robust-trend': 'robust Theil–Sen trend',
  'ets-multiplicative': 'damped Holt–Winters on logs',
  'ets-additive': 'additive damped Holt–Winters',
  'snaive-median': 'seasonal median',
  'snaive-drift': 'seasonal naive with drift',
  'linear-trend': 'linear trend',
  'log-trend': 'log-linear trend',
  'piecewise-trend': 'piecewise trend',
  'prophet-trend': 'Prophet-style piecewise linear trend',
  theta: 'Theta',
  'optimized-theta': 'optimised Theta',
  snaive: 'last week, or the days seen, repeated',
  'stl-ets-log': 'STL and damped Holt on logs',
  'stl-theta-log': 'STL and Theta on logs',
  'stl-otm-log': 'STL and optimised Theta on logs',
};

/** What a forecast's model reads as: a summary, and its models named. */
export interface ModelWords {
  /** e.g. 'median of 5 models', 'robust Theil–Sen trend'. */
  readonly summary: string;
  /** Each model it combines, in words, in the recorded order. */
  readonly members: readonly string[];
}

/**
 * A forecast's recorded model (`median:theta-log+robust-trend+…`, a
 * blend `linear-trend~0.40/median:…`, a mean `a+b`, or one model) in
 * words a planner can read: the recorded name, one token of up to 90
 * characters, wrapped over five lines of the ISP page's figures and
 * meant nothing to one. A name the engine does not know is given as it
 * is.
 *
 * @param model - the forecast's `model`
 * @returns the summary and the models it combines
 * @example
 * describeModel('median:theta-log+robust-trend').summary; // 'median of 2 models'
 * describeModel('linear-trend~0.40/median:theta-log+robust-trend').summary;
 * // 'median of 2 models, 40% toward the linear trend'
 */
export function describeModel(model: string): ModelWords {
  const blend = /^(.+)~([\d.]+)\/median:(.+)$/.exec(model);
  if (blend) {
    const [, best, w, median] = blend;
    const toward = names(best!);
    const members = names(median!);
    return {
      summary: `${medianOf(members)}, ${formatPct(Number(w), 0)} toward the ${toward.join(' and ')}`,
      members: [...members, ...toward.filter((m) => !members.includes(m))],
    };
  }
  if (model.startsWith('median:')) {
    const members = names(model.slice('median:'.length));
    return { summary: medianOf(members), members };
  }
  const members = names(model);
  return {
    summary:
      members.length === 1 ? members[0]! : `mean of ${members.length} models`,
    members,
  };
}

const names = (list: string) =>
  list.split('+').map((name) => MODEL_WORDS[name] ?? name);

const medianOf = (members: readonly string[]) =>
  members.length === 1 ? members[0]! : `median of ${members.length} models`;

/**
 * The ISP page's Model figure: the model in words (`describeModel`), and
 * in a details element, opened on demand, the models it combines and the
 * name `forecasts.csv` records, to find the row by.
 *
 * @param model - the forecast's `model`
 * @returns the figure's HTML
 * @example
 * modelFact('median:theta-log+robust-trend');
 * // '<details class="model"><summary>median of 2 models</summary>…'
 */
export function modelFact(model: string): string {
  const { summary, members } = describeModel(model);
  const of = members.length > 1 ? `${members.join(', ')}. ` : '';
  return `<details class="model"><summary>${escapeHtml(summary)}</summary><span class="sub">${escapeHtml(of)}Recorded in forecasts.csv as <code>${escapeHtml(model)}</code></span></details>`;
}
