/**
 * What a runout date reads when the forecast does not reach its threshold
 * within the horizon: the emails' words, which the overview's cells share.
 */
export const NOT_WITHIN_HORIZON = 'not within the horizon';

/**
 * What a runout reads beneath its "—" where neither the decision
 * interval's upper bound nor the mean forecast reaches the threshold
 * within the horizon: labelled as the line beneath a date is ("mean: …"),
 * so that "—" does not read as a date missing, nor the line as the
 * mean's alone. The overview's critical column and the ISP page's facts.
 */
export const NEITHER_WITHIN_HORIZON = `upper and mean: ${NOT_WITHIN_HORIZON}`;
