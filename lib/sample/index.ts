export {
  generateSample,
  type SampleOptions,
  type SampleSummary,
} from './generate-sample.ts';
