// Loaded into a profiled process with `node --import ./bench/lib/cpu-profile.hook.mjs` (spawned with an IPC channel):
// the message 'cpu-profile:start' starts V8's CPU profiler (the one behind `node --cpu-prof`), 'cpu-profile:stop'
// writes a .cpuprofile to $CPU_PROF_DIR. Not `--cpu-prof` itself: Nest re-raises SIGTERM after its shutdown hooks and
// a process killed by a signal never writes that profile; this also keeps start-up and warm-up out of it. (Not a
// signal either: Nest's shutdown hooks listen to SIGUSR2, SIGHUP and the rest.) 'heap-sampling:start' / ':stop' do the
// same with V8's sampling heap profiler (.heapprofile: what is still alive, by where it was allocated).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const session = new Session();
session.connect();
let written = 0;
const post = (method, params = {}) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

process.on('message', async (message) => {
  try {
    if (message === 'cpu-profile:start') {
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: Number(process.env.CPU_PROF_INTERVAL_US ?? 250) });
      await post('Profiler.start');
    } else if (message === 'heap-sampling:start') {
      // What is still alive of what was allocated meanwhile (sampled), with where it was allocated.
      await post('HeapProfiler.enable');
      await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: process.env.HEAP_SAMPLING_MAJOR === '1', includeObjectsCollectedByMinorGC: process.env.HEAP_SAMPLING_MINOR === '1' });
    } else if (message === 'heap-sampling:stop') {
      const { profile } = await post('HeapProfiler.stopSampling');
      const file = join(process.env.CPU_PROF_DIR ?? '.', `${process.env.CPU_PROF_NAME ?? 'profile'}-${process.pid}-${++written}.heapprofile`);
      writeFileSync(file, JSON.stringify(profile));
      process.stdout.write(`heap profile written to ${file}\n`);
    } else if (message === 'cpu-profile:stop') {
      const { profile } = await post('Profiler.stop');
      const file = join(process.env.CPU_PROF_DIR ?? '.', `${process.env.CPU_PROF_NAME ?? 'profile'}-${process.pid}-${++written}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      process.stdout.write(`cpu profile written to ${file}\n`);
    }
  } catch (error) {
    process.stderr.write(`cpu profile failed: ${error}\n`);
  }
});
