// The job-tracking-at-scale figures as Markdown: one run's, and a run on one Redis beside a run on a Redis Cluster.

/** How the run's keys and the tracking bytes fell on the masters of a cluster. */
function masterSpread(jobs) {
  const total = jobs.redis.masters.reduce((sum, master) => sum + master.keys, 0);
  return jobs.redis.masters
    .map((master, i) => `master ${i + 1}: ${master.keys} keys (${Math.round((100 * master.keys) / Math.max(1, total))} %), ${Math.round(master.trackedBytes / jobs.jobs)} B per tracked job`)
    .join('; ');
}

const connectionNames = (jobs) =>
  Object.entries(jobs.redis.connectionsByName)
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');

function problemLines(jobs) {
  return Object.entries(jobs.problemsLogged)
    .filter(([, logged]) => logged.count > 0)
    .map(([name, logged]) => `${name}: ${logged.count} (${logged.top.map(([message, times]) => `${times}× "${message}"`).join('; ')})`);
}

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
    ...(problemLines(jobs).length > 0 ? [`| lines logged at warn or above | ${problemLines(jobs).join('; ')} |`] : []),
    ...(jobs.redis.masters.length > 1 ? [`| keys of the run per master (slot order), while tracked | ${masterSpread(jobs)}; ${jobs.redis.clientsWhileTracking} client connections over the masters (${connectionNames(jobs)}) |`] : []),
    ...(Object.keys(jobs.redis.config).length > 0 ? ['', `Redis settings changed for this run: ${Object.entries(jobs.redis.config).map(([k, v]) => `\`${k} ${v}\``).join(', ')}.`] : []),
    ...(jobs.redis.owned ? [] : ['', `Note: the Redis at BENCH_REDIS_URL was not started by the benchmark, so INFO deltas include other clients' writes.`]),
  ].join('\n');
}

const ratio = (cluster, single) => (typeof single === 'number' && typeof cluster === 'number' && single !== 0 ? `${Math.round((100 * cluster) / single) / 100}×` : '—');

/** The same job-scale run on one Redis and on a Redis Cluster, side by side, with cluster / single ratios. */
export function jobComparison(single, cluster) {
  const rows = [
    ['notification lag p50 (ms)', (r) => r.lag.p50],
    ['notification lag p99 (ms)', (r) => r.lag.p99],
    ['notification lag max (ms)', (r) => r.lag.max],
    ['jobs notified', (r) => r.notified],
    ["event's trip p50 (ms; worker stored the outcome → SSE client)", (r) => r.pipelineLag.p50],
    ["event's trip p99 (ms)", (r) => r.pipelineLag.p99],
    ['Redis memory per tracked job (B; sum of used_memory deltas over the masters)', (r) => r.redis.bytesPerTrackedJob],
    ['Redis memory per finished job (B)', (r) => r.redis.bytesPerFinishedJob],
    [`upstream polls/s, mean while settling (budget ${single.pollBudgetPerSecond})`, (r) => r.polls.meanWhileSettling],
    ['upstream polls/s, highest ~1 s sample', (r) => r.polls.maxPerSecond],
    ['upstream polls/s, highest 10 s average', (r) => r.polls.maxPer10Seconds],
    ['upstream polls in the window', (r) => r.polls.total],
    ['worker CPU (% of one core)', (r) => r.cpu.worker.percentOfOneCore],
    ['worker CPU per poll (ms)', (r) => r.cpu.worker.msPerPoll],
    ['BFF CPU (% of one core; SSE)', (r) => r.cpu.bff.percentOfOneCore],
    ['Redis CPU (% of one core, summed over the masters)', (r) => r.cpu.redis.percentOfOneCore],
    ["Redis client connections while tracking (BFF and worker; the harness's own not counted)", (r) => r.redis.clientsWhileTracking],
    ['worker RSS (MiB)', (r) => r.workerRssMiB],
    ['registration of the jobs through the BFF (s)', (r) => r.registerSeconds],
    ['lines the BFF logged at warn or above', (r) => r.problemsLogged.bff.count],
    ['lines the worker logged at warn or above', (r) => r.problemsLogged.worker.count],
  ];
  const kinds = [...new Set([...Object.keys(single.redis.byKind), ...Object.keys(cluster.redis.byKind)])]
    .map((kind) => [kind, single.redis.byKind[kind], cluster.redis.byKind[kind]])
    .sort((a, b) => (b[1]?.bytesPerJob ?? 0) - (a[1]?.bytesPerJob ?? 0));
  const problems = [...problemLines(single).map((line) => `one Redis, ${line}`), ...problemLines(cluster).map((line) => `cluster, ${line}`)];
  return [
    `${single.jobs} \`${single.type}\` jobs on one worker and one BFF, created through ${single.registeredVia}; the simulator finished them at ` +
      `random moments over ${single.settleSeconds} s; poll interval ${single.pollIntervalMs} ms, budget ${single.pollBudgetPerSecond} polls/s. ` +
      `First on ${single.redisLabel}, then on ${cluster.redisLabel}, in the same invocation.`,
    '',
    `| figure | ${single.redisLabel} | ${cluster.redisLabel} | cluster / one |`,
    '|---|---|---|---|',
    ...rows.map(([label, value]) => `| ${label} | ${value(single) ?? '—'} | ${value(cluster) ?? '—'} | ${ratio(value(cluster), value(single))} |`),
    '',
    `Keys of the run on the cluster while tracked, masters in slot order: ${masterSpread(cluster)} (one app's job records, index and event stream ` +
      `share the app's hash tag, a queue's BullMQ keys share the queue's, a link's callback-hint set is keyed by the link).`,
    '',
    `Where a tracked job's bytes are (MEMORY USAGE, bytes per job; keys per master on the cluster):`,
    '',
    `| kind of key | ${single.redisLabel} | ${cluster.redisLabel} | keys per master |`,
    '|---|---|---|---|',
    ...kinds.map(([kind, one, many]) => `| ${kind} | ${one?.bytesPerJob ?? '—'} | ${many?.bytesPerJob ?? '—'} | ${many?.keysPerMaster.join(' / ') ?? '—'} |`),
    '',
    `Connections by name while tracking, over all masters: one Redis: ${connectionNames(single)}. Cluster: ${connectionNames(cluster)}.`,
    ...(problems.length > 0 ? ['', `Logged at warn or above: ${problems.join('; ')}.`] : []),
  ].join('\n');
}
