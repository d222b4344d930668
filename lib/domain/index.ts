export * from './dates.ts';
export * from './evaluation.ts';
export * from './forecast.ts';
export * from './inventory.ts';
export * from './message.ts';
export * from './quality.ts';
export * from './series.ts';
export * from './vocabulary.ts';
