export {
  generateSample,
  type SampleOptions,
  type SampleSummary,
} from './generate-sample.ts';
export { isSampleUnfinished } from './prepare-out.ts';
