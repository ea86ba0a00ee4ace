// `npm run cli -- <command>`: a small client of the BFF's job API (no build needed; Node 20's fetch only).
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { CliError, connection, getJson, readEventStream } from './lib/cli/bff-client.mjs';
import { jobTable, ProgressView } from './lib/cli/job-display.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);
const MAX_RECONNECTS = 20;

const USAGE = `Usage: npm run cli -- <command>

  watch <jobId>                      Follow a job live (Server-Sent Events) with a progress bar.
                                     Exits 0 when it succeeds, 1 when it fails or is cancelled.
  jobs [--state S] [--type T] [--limit N] [--cursor C]
                                     List your app's jobs, newest first.

Environment: BFF_URL (default http://127.0.0.1:3000), BFF_API_KEY (default: the demo key in .local/).`;

function options(args) {
  const parsed = {};
  for (let i = 0; i < args.length; i += 2) {
    if (!/^--(state|type|limit|cursor)$/.test(args[i]) || args[i + 1] === undefined) throw new CliError(`Unknown option ${args[i]}\n\n${USAGE}`);
    parsed[args[i].slice(2)] = args[i + 1];
  }
  return parsed;
}

async function listJobs(args) {
  const query = new URLSearchParams(options(args)).toString();
  const page = await getJson(connection(root), `/v1/jobs${query ? `?${query}` : ''}`);
  process.stdout.write(`${jobTable(page.items)}\n`);
  if (page.nextCursor) process.stdout.write(`More: npm run cli -- jobs --cursor ${page.nextCursor}\n`);
  return 0;
}

/** Follows the job's event stream; when the BFF ends it (a restart sends `retry:`), reconnects with Last-Event-ID. */
async function watch([jobId]) {
  if (!jobId) throw new CliError(USAGE);
  const bff = connection(root);
  const view = new ProgressView();
  const path = `/v1/jobs/${encodeURIComponent(jobId)}/events`;
  let lastEventId;
  let job;
  for (let reconnects = 0; ; reconnects++) {
    let retryMs;
    try {
      ({ retryMs } = await readEventStream(bff, path, {
        lastEventId,
        onEvent: (event) => {
          if (event.id) lastEventId = event.id;
          if (event.event === 'snapshot' || event.event === 'job') view.show((job = event.data));
        },
      }));
    } catch (error) {
      if (error instanceof CliError || reconnects >= MAX_RECONNECTS) throw error;
      retryMs = 1000;
    }
    if (job && TERMINAL.has(job.state)) break;
    if (reconnects >= MAX_RECONNECTS) throw new CliError(`The event stream of ${jobId} kept ending before the job finished.`, 2);
    view.note(`(stream ended; reconnecting in ${((retryMs ?? 1000) / 1000).toFixed(1)} s)`);
    await sleep(retryMs ?? 1000);
  }
  view.done();
  const summary = [`Job ${job.id} ${job.state}.`];
  if (job.error) summary.push(`${job.error.code}: ${job.error.message}`);
  process.stdout.write(`${summary.join(' ')}\n`);
  return job.state === 'succeeded' ? 0 : 1;
}

process.on('SIGINT', () => process.exit(130));

const [command, ...args] = process.argv.slice(2);
const commands = { watch, jobs: listJobs };
try {
  if (!commands[command]) throw new CliError(USAGE, command ? 2 : 0);
  process.exitCode = await commands[command](args);
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  (error.exitCode === 0 ? process.stdout : process.stderr).write(`${error.message}\n`);
  process.exitCode = error.exitCode;
}
