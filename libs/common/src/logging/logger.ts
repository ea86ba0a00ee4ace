import type { LoggerService } from '@nestjs/common';
import { pino, Logger as Pino, LevelWithSilent, LoggerOptions } from 'pino';
import { currentRequestContext } from '../context/request-context.js';
import { redact, redactionMayChange, redactText } from '../redaction/redaction.js';

export type AppLogger = Pino;

/** `auto`: human-readable when stdout is a terminal, JSON otherwise (files, pipes, log shippers). */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

function prettyTransportAvailable(): boolean {
  try {
    import.meta.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** pino-pretty is a dev dependency: where it is not installed (the production image) lines stay JSON. */
export function wantsPrettyLogs(format: LogFormat = 'auto', stdoutIsTty = Boolean(process.stdout.isTTY)): boolean {
  if (format === 'json') return false;
  return (format === 'pretty' || stdoutIsTty) && prettyTransportAvailable();
}

/**
 * Structured JSON logs for one process. Every line carries the request id of the request it belongs to, and every
 * object and message passes the redaction rules, so no token, key, password, PAN, CVV or PIN can be written.
 * With `format: 'pretty'` (or `auto` in a terminal) lines are human-readable instead; redaction happens before either.
 */
export function createLogger(options: { name: string; level: string; format?: LogFormat; destination?: NodeJS.WritableStream }): AppLogger {
  const pretty = !options.destination && wantsPrettyLogs(options.format);
  const config: LoggerOptions = {
    name: options.name,
    level: options.level as LevelWithSilent,
    base: { service: options.name },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const context = currentRequestContext();
      return context ? { requestId: context.requestId, ...(context.appName ? { app: context.appName } : {}) } : {};
    },
    formatters: {
      level: (label) => ({ level: label }),
      // The copy only when redaction changes something: most lines (a request's id, route, status) hold no secret.
      log: (object) => (redactionMayChange(object) ? redact(object) : object),
    },
    hooks: {
      logMethod(args, method) {
        // `args` is pino's own array for this call: scrubbed in place.
        for (let i = 0; i < args.length; i++) if (typeof args[i] === 'string') args[i] = redactText(args[i] as string);
        method.apply(this, args as Parameters<typeof method>);
      },
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', singleLine: true } } } : {}),
  };
  if (options.destination) return pino(config, options.destination);
  return pretty ? pino(config) : pino(config, pino.destination({ dest: process.stdout.fd ?? 1, sync: false, minLength: LOG_BUFFER_BYTES, periodicFlush: LOG_FLUSH_MS }));
}

/**
 * JSON lines go to stdout in writes of up to 4 KB, at least every 20 ms, instead of one write per line: a line per
 * request was one more write (a thread-pool round trip) per request than the request itself needs. What is buffered
 * is written synchronously when the process exits, uncaught errors included (pino registers that); only a process
 * killed outright (SIGKILL, OOM) can lose its last 20 ms of lines, the same window as support's batched copy.
 */
export const LOG_BUFFER_BYTES = 4096;
export const LOG_FLUSH_MS = 20;

/** Nest's start-up chatter (each module loaded, each route mapped) is debug: at `info` a log shows what happens. */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Nest's LoggerService on top of pino, so framework messages land in the same JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: AppLogger) {}

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    if (message instanceof Error) this.logger[level]({ err: message, context }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ ...(message as object), context });
    else {
      const stack = level === 'error' && typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : undefined;
      this.logger[level]({ context, ...(stack ? { stack } : {}) }, String(message));
    }
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write(STARTUP_CONTEXTS.has(rest[rest.length - 1] as string) ? 'debug' : 'info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }
}
