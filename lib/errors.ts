import { LAKE_BEING_READ_ERROR } from './domain/lake-lock-retry.ts';
import { formatInputMessage, type InputLocation } from './input-message.ts';

export type { InputLocation } from './input-message.ts';

/**
 * Error classes with a stable `code`, so callers and alarms can tell
 * failures apart without parsing messages.
 *
 * @example
 * throw new InputError('links.csv', 'capacity_bps must be a number', {
 *   line: 7, field: 'capacity_bps', value: 'ten' });
 */
export class HeadroomError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HeadroomError';
    this.code = code;
  }
}

/**
 * Bad input (inventory, configuration, CSV for `headroom forecast`). The
 * message names the file, the line, the field and the offending value.
 */
export class InputError extends HeadroomError {
  readonly file: string;
  /** The message without its file and location, to rebuild the error. */
  readonly problem: string;
  readonly location: InputLocation;
  constructor(file: string, problem: string, location: InputLocation = {}) {
    super('INPUT.INVALID', formatInputMessage(file, problem, location));
    this.name = 'InputError';
    this.file = file;
    this.problem = problem;
    this.location = location;
  }
}

/** The configuration file is unreadable or invalid. */
export class ConfigError extends InputError {
  constructor(file: string, problem: string, location: InputLocation = {}) {
    super(file, problem, location);
    this.name = 'ConfigError';
    Object.assign(this, { code: 'CONFIG.INVALID' });
  }
}

/** Reading or writing the object store failed. */
export class StoreError extends HeadroomError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE.FAILED', message, options);
    this.name = 'StoreError';
  }
}

/**
 * A conditional write found the object changed (or present, for a create):
 * another run got there first.
 */
export class StoreConflictError extends HeadroomError {
  readonly key: string;
  /** Refused to a repeat after a lost answer: the first may have been made. */
  readonly repeated: boolean;
  constructor(
    key: string,
    message: string,
    options?: { cause?: unknown; repeated?: boolean },
  ) {
    super('STORE.CONFLICT', message, options);
    this.name = 'StoreConflictError';
    this.key = key;
    this.repeated = options?.repeated ?? false;
  }
}

/** Another run holds the report store's lock (or the lake's). */
export class RunLockedError extends HeadroomError {
  /** The holder's stage, where its lock names one (`plan`, `rollup`). */
  readonly holderStage?: string;
  constructor(message: string, options?: { holderStage?: string }) {
    super('RUN.LOCKED', message);
    this.name = 'RunLockedError';
    if (options?.holderStage) this.holderStage = options.holderStage;
  }
}

/**
 * A rollup met the lake's lock of a stage that reads it (a plan, a
 * backtest's plan): the state machine retries it by name.
 */
export class LakeBeingReadError extends RunLockedError {
  constructor(message: string, holderStage: string) {
    super(message, { holderStage });
    this.name = LAKE_BEING_READ_ERROR;
    Object.assign(this, { code: 'RUN.LAKE_BEING_READ' });
  }
}

/**
 * Taking an as-of date's run lock failed for another reason than a lock
 * already there (docs/architecture.md "How a run flows").
 */
export class RunDateLockError extends HeadroomError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('RUN.DATE_LOCK_FAILED', message, options);
    this.name = 'RunDateLockError';
  }
}

/** Publishing a notification failed. */
export class NotifyError extends HeadroomError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NOTIFY.FAILED', message, options);
    this.name = 'NotifyError';
  }
}

/** A command-line usage error (bad flag value). */
export class UsageError extends HeadroomError {
  constructor(message: string) {
    super('USAGE.INVALID', message);
    this.name = 'UsageError';
  }
}

/**
 * A forecast beyond a double's range (about ±1.8e308), the series' values
 * too close to it, though the engine fits them at an ordinary magnitude.
 * `index` is the value of largest magnitude, for messages naming its line.
 */
export class ForecastRangeError extends HeadroomError {
  readonly index: number;
  readonly value: number;
  constructor(message: string, index: number, value: number) {
    super('FORECAST.OUT_OF_RANGE', message);
    this.name = 'ForecastRangeError';
    this.index = index;
    this.value = value;
  }
}

/** A shard of a run failed; the message names the shard and the series. */
export class ShardError extends HeadroomError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('RUN.SHARD_FAILED', message, options);
    this.name = 'ShardError';
  }
}
