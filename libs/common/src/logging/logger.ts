import type { LoggerService } from '@nestjs/common';
import { pino, Logger as Pino, LevelWithSilent, LoggerOptions } from 'pino';
import { currentRequestContext } from '../context/request-context.js';
import { redact, redactText } from '../redaction/redaction.js';

export type AppLogger = Pino;

function prettyTransportAvailable(): boolean {
  try {
    import.meta.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/**
 * Structured JSON logs for one process. Every line carries the request id of the request it belongs to, and every
 * object and message passes the redaction rules, so no token, key, password, PAN, CVV or PIN can be written.
 * In a terminal (and when pino-pretty is installed) lines are human-readable instead.
 */
export function createLogger(options: { name: string; level: string; pretty?: boolean; destination?: NodeJS.WritableStream }): AppLogger {
  const pretty = !options.destination && (options.pretty ?? (process.stdout.isTTY && prettyTransportAvailable()));
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
      log: (object) => redact(object),
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)) as Parameters<typeof method>);
      },
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' } } } : {}),
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}

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
    this.write('info', message, rest);
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
