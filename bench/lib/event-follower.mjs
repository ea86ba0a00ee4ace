// A client of the BFF's live job events (`GET /v1/events`), parsed with the project's own SSE parser.
import { parseSse } from '#cms';

/** Opens `GET /v1/events` and calls `onJob(job, receivedAt)` for every job event until `stop()`. */
export async function followEvents(url, apiKey, onJob) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { authorization: `Bearer ${apiKey}`, accept: 'text/event-stream' }, signal: controller.signal });
  if (response.status !== 200) throw new Error(`GET /v1/events answered ${response.status}`);
  let failure;
  const done = (async () => {
    try {
      for await (const message of parseSse(response.body)) {
        if (message.event === 'job') onJob(JSON.parse(message.data), Date.now());
      }
    } catch (error) {
      if (!controller.signal.aborted) failure = error;
    }
  })();
  return {
    /** Why the stream ended before `stop()`, if it did. */
    failure: () => failure,
    stop: async () => {
      controller.abort();
      await done;
    },
  };
}
