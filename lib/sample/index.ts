export {
  generateSample,
  type SampleOptions,
  type SampleSummary,
} from './generate-sample.ts';
export { isSampleUnfinished, sampleEntries } from './prepare-out.ts';
