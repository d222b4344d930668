export type { Clock } from './clock.ts';
export type { Logger } from './logger.ts';
export type { Notifier } from './notifier.ts';
export type { ObjectStore } from './object-store.ts';
export type {
  LakeTable,
  QueryEngine,
  SqlRow,
  SqlValue,
} from './query-engine.ts';
