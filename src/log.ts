/**
 * Structured logs: one JSON object per line (`time`, `level`, `msg`, then fields), filtered by `LOG_LEVEL`.
 * Secrets handed to the logger (the bot token) and interaction/webhook tokens in URLs are redacted from every
 * line, whatever field they hide in.
 */
import type { LogLevel } from './config.ts';

export type LogFields = Record<string, unknown>;

export interface Logger {
  readonly level: LogLevel;
  debug(fields: LogFields | string, msg?: string): void;
  info(fields: LogFields | string, msg?: string): void;
  warn(fields: LogFields | string, msg?: string): void;
  error(fields: LogFields | string, msg?: string): void;
  /** A logger that adds `bindings` to every line. */
  child(bindings: LogFields): Logger;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go; defaults to stdout. */
  write?: (line: string) => void;
  /** Strings that must never appear in a log line (e.g. the bot token). */
  secrets?: ReadonlyArray<string | null>;
}

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const REDACTED = '[redacted]';
const MIN_SECRET_LENGTH = 8;
const MAX_STACK_LINES = 8;
/** Interaction and webhook tokens appear in REST paths of errors (`/interactions/:id/:token/callback`). */
const URL_TOKENS = /\b(interactions|webhooks)\/(\d+)\/([A-Za-z0-9._-]{20,})/g;

function serializeError(error: Error): LogFields {
  const out: LogFields = { name: error.name, message: error.message };
  const extra = error as Error & { code?: unknown; status?: unknown; url?: unknown; method?: unknown };
  if (extra.code !== undefined) out['code'] = extra.code;
  if (extra.status !== undefined) out['status'] = extra.status;
  if (extra.method !== undefined) out['method'] = extra.method;
  if (extra.url !== undefined) out['url'] = extra.url;
  if (error.stack) out['stack'] = error.stack.split('\n').slice(1, MAX_STACK_LINES).join('\n');
  if (error.cause !== undefined)
    out['cause'] = error.cause instanceof Error ? serializeError(error.cause) : String(error.cause);
  return out;
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return serializeError(value);
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** Creates a JSON-lines logger. */
export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const secrets = (options.secrets ?? []).filter(
    (s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH,
  );
  const threshold = SEVERITY[options.level];

  const redact = (line: string): string => {
    let out = line.replace(URL_TOKENS, `$1/$2/${REDACTED}`);
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    return out;
  };

  const make = (bindings: LogFields): Logger => {
    const emit = (level: Exclude<LogLevel, 'silent'>, fields: LogFields | string, msg?: string): void => {
      if (SEVERITY[level] < threshold) return;
      const [extra, message] = typeof fields === 'string' ? [{}, fields] : [fields, msg ?? ''];
      let line: string;
      try {
        line = JSON.stringify(
          { time: new Date().toISOString(), level, msg: message, ...bindings, ...extra },
          replacer,
        );
      } catch {
        line = JSON.stringify({ time: new Date().toISOString(), level, msg: message, unserializable: true });
      }
      write(`${redact(line)}\n`);
    };
    return {
      level: options.level,
      debug: (fields, msg) => emit('debug', fields, msg),
      info: (fields, msg) => emit('info', fields, msg),
      warn: (fields, msg) => emit('warn', fields, msg),
      error: (fields, msg) => emit('error', fields, msg),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return make({});
}

/** A logger that drops everything. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
