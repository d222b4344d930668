/**
 * The line `npm start` closes with: the process's wall time, CPU time and
 * peak memory, all three counted from the process's start (README "Run
 * locally"). The wall time is `performance.now()`, which counts from
 * `performance.timeOrigin`, the process's start, as the CPU time does: timed
 * from the call that ran the pipeline it left out the loading of the
 * modules (DuckDB, Vega, tsx's compiling: 1–2.5 s), which the CPU time
 * counted ("Done in 1.6 s, 4.5 CPU-s" on two cores). It says it is the
 * whole of `npm start`: the summary's `Times:` line times the run's stages
 * (`formatRunSummary`), and a bare "Done in 25.2 s" beside its "3.1 s"
 * left the reader to guess which was the run's time.
 *
 * @returns the line, with its line break
 * @example
 * process.stdout.write(doneLine());
 * // Done in 12.3 s for the whole of npm start, 19.0 CPU-s (peak memory 546 MB).
 */
export function doneLine(): string {
  const seconds = performance.now() / 1000;
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  const cpuSeconds = (userCPUTime + systemCPUTime) / 1e6;
  return (
    `Done in ${seconds.toFixed(1)} s for the whole of npm start, ` +
    `${cpuSeconds.toFixed(1)} CPU-s ` +
    `(peak memory ${(maxRSS / 1024).toFixed(0)} MB).\n`
  );
}
