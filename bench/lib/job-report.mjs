// The job-tracking-at-scale figures as Markdown.
export function jobTables(jobs) {
  const kinds = Object.entries(jobs.redis.byKind)
    .filter(([, v]) => v.bytesPerJob >= 1)
    .sort((a, b) => b[1].bytesPerJob - a[1].bytesPerJob)
    .map(([kind, v]) => `${kind} ${v.bytesPerJob} B (${v.keys} keys)`)
    .join(', ');
  return [
    `${jobs.jobs} \`${jobs.type}\` jobs on one worker, created through ${jobs.registeredVia} in ${jobs.registerSeconds} s; ` +
      `the simulator finished them at random moments over ${jobs.settleSeconds} s. Worker: poll interval ${jobs.pollIntervalMs} ms ` +
      `(TRACKER_MIN_POLL_MS = TRACKER_MAX_POLL_MS; jitter only shortens an interval, by up to 20 %), budget ${jobs.pollBudgetPerSecond} polls/s (TRACKER_POLLS_PER_SECOND).`,
    '',
    '| figure | value |',
    '|---|---|',
    `| notification lag (upstream completion → \`succeeded\` on the SSE client) | p50 ${jobs.lag.p50} ms, p90 ${jobs.lag.p90} ms, p99 ${jobs.lag.p99} ms, max ${jobs.lag.max} ms (${jobs.lag.samples} of ${jobs.jobs} jobs notified) |`,
    `| of which the event's trip (worker stored the outcome → SSE client) | p50 ${jobs.pipelineLag.p50} ms, p99 ${jobs.pipelineLag.p99} ms, max ${jobs.pipelineLag.max} ms; the rest is waiting for the next poll |`,
    `| upstream polls per second | mean ${jobs.polls.meanWhileSettling} while settling; highest 10 s average ${jobs.polls.maxPer10Seconds}, highest ~1 s sample ${jobs.polls.maxPerSecond}; ${jobs.polls.total} polls in ${jobs.windowSeconds} s |`,
    `| worker CPU | ${jobs.cpu.worker.percentOfOneCore} % of one core, ${jobs.cpu.worker.msPerPoll} ms per poll; RSS ${jobs.workerRssMiB} MiB |`,
    `| other CPU in the window | Redis ${jobs.cpu.redis.percentOfOneCore} %, simulator ${jobs.cpu.simulator.percentOfOneCore} %, BFF (SSE) ${jobs.cpu.bff.percentOfOneCore} % of one core |`,
    `| Redis memory per job (INFO used_memory delta / jobs) | ${jobs.redis.bytesPerTrackedJob} B while tracked; ${jobs.redis.bytesPerFinishedJob} B once finished (the record is kept JOB_RETENTION_HOURS; the finished BullMQ tracker is removed; the support record of the creating request is kept 7 days) |`,
    `| where a tracked job's bytes are (MEMORY USAGE) | ${kinds} |`,
    `| Redis hash-max-listpack-value | ${jobs.redis.hashMaxListpackValue} (REDIS_SERVER_FLAGS and docker-compose.yml set 256; Redis's default is 64) |`,
    ...(Object.keys(jobs.redis.config).length > 0 ? ['', `Redis settings changed for this run: ${Object.entries(jobs.redis.config).map(([k, v]) => `\`${k} ${v}\``).join(', ')}.`] : []),
    ...(jobs.redis.owned ? [] : ['', `Note: the Redis at BENCH_REDIS_URL was not started by the benchmark, so INFO deltas include other clients' writes.`]),
  ].join('\n');
}
