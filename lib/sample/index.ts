export { checkSampleFolders } from './check-out-folders.ts';
export {
  checkSampleOptions,
  generateSample,
  type SampleOptions,
  type SampleSummary,
} from './generate-sample.ts';
export {
  isSampleUnfinished,
  sampleEntries,
  sampleStamp,
} from './prepare-out.ts';
