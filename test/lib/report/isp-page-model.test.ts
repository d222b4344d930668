import { describe, expect, it } from 'vitest';
import {
  ALL_MODELS,
  CANDIDATES,
  CHALLENGERS,
  NO_BACKTEST_MODEL,
  POOLS,
} from '#lib/forecast/candidates';
import { REPEAT_LAST_SEASON } from '#lib/forecast/repeat-last-season';
import { seasonalNaive } from '#lib/forecast/seasonal-naive';
import { describeModel } from '#lib/report/model-words';
import { renderReport } from '#lib/report/render-report';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';

/** The production pool's median, as the sample's forecasts.csv has it. */
const FIVE =
  'median:theta-log+robust-trend+ets-multiplicative+snaive-median+optimized-theta-log';

/** Acme's page with LHR1 forecast by `model`: its Model figure. */
async function modelFigureOf(model: string) {
  const lhr1 = { ...ACME_LHR1, model };
  const evaluations = EVALUATIONS.map((e) => (e.key === lhr1.key ? lhr1 : e));
  const out = await renderReport(fixtureInput({ evaluations }));
  const html = out.find((f) => f.path === 'isp/acme-telecom.html')!.body;
  const section = html.split(`>${lhr1.key} <span class="sev`)[1]!;
  const dd = section.match(/<dt>Model<\/dt><dd>(.*?)<\/dd>/)![1]!;
  const summary = dd.match(/<summary>(.*?)<\/summary>/)?.[1];
  return { summary, text: htmlText(dd) };
}

describe('renderReport: the ISP page names the forecast model in words', () => {
  it('reads "median of 5 models", its members and the recorded name in a details element', async () => {
    // Act
    const { summary, text } = await modelFigureOf(FIVE);

    // Assess: before, the recorded name alone, one token of 83
    // characters over five lines of the figure
    expect(summary).toBe('median of 5 models');
    expect(text).toBe(
      'median of 5 modelsTheta on logs, robust Theil–Sen trend, damped Holt–Winters on logs, seasonal median, optimised Theta on logs. ' +
        `Recorded in forecasts.csv as ${FIVE}`,
    );
  });

  it('reads a blend toward a challenger, and a single model, by name', async () => {
    // Act
    const blend = await modelFigureOf(`linear-trend~0.40/${FIVE}`);
    const short = await modelFigureOf('theta');

    // Assess
    expect(blend.summary).toBe(
      'median of 5 models, 40% toward the linear trend',
    );
    expect(blend.text).toContain(', optimised Theta on logs, linear trend. ');
    expect(short).toEqual({
      summary: 'Theta',
      text: 'ThetaRecorded in forecasts.csv as theta',
    });
  });
});

describe('describeModel', () => {
  it('has words for every model the engine may record', () => {
    // Prepare: the pools, the challengers, the fallbacks
    const names = [
      ...CANDIDATES,
      ...ALL_MODELS,
      ...Object.values(POOLS).flat(),
      ...Object.values(CHALLENGERS).flat(),
      NO_BACKTEST_MODEL,
      seasonalNaive,
    ].map((m) => m.name);

    // Act
    const unnamed = [...names, REPEAT_LAST_SEASON].filter(
      (name) => describeModel(name).summary === name,
    );

    // Assess
    expect(unnamed).toEqual([]);
  });

  it("reads a short series' repeat as a week or the days it has, not a week alone", () => {
    // Act
    const { summary } = describeModel(REPEAT_LAST_SEASON);

    // Assess: a series of a week of days or fewer repeats the days it
    // has (all but its first), where the ISP page read 'last week
    // repeated' of a lake started three days ago
    expect(summary).toBe('last week, or the days seen, repeated');
  });

  it('reads a mean of the best two as such, and an unknown name as it is', () => {
    // Act / Assess
    expect(describeModel('theta-log+robust-trend')).toEqual({
      summary: 'mean of 2 models',
      members: ['Theta on logs', 'robust Theil–Sen trend'],
    });
    expect(describeModel('holt-damped').summary).toBe('holt-damped');
  });
});
