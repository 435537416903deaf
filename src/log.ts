/**
 * Structured logs on pino: one JSON object per line (`level`, `time`, fields, `msg`), filtered by `LOG_LEVEL`.
 * Secrets handed to the logger (the bot token) and interaction/webhook tokens in URLs are redacted from every
 * line, whatever field they hide in.
 */
import { pino, type Logger as PinoLogger } from 'pino';
import prettyStream from 'pino-pretty';
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
  /** Coloured, readable lines (pino-pretty) on stdout instead of JSON, for a developer's terminal. */
  pretty?: boolean;
}

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

/** Creates a JSON-lines logger on pino; with `pretty`, lines are coloured for a developer's terminal. */
export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const secrets = (options.secrets ?? []).filter(
    (s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH,
  );
  const redact = (line: string): string => {
    let out = line.replace(URL_TOKENS, `$1/$2/${REDACTED}`);
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    return out;
  };
  // Every line is redacted before it is written, whatever field a secret hides in; pretty printing reads
  // the redacted line.
  const pretty = options.pretty ? prettyStream({ colorize: true, destination: 1, sync: true }) : null;
  const destination = {
    write: (line: string) => {
      const safe = redact(line);
      if (pretty) pretty.write(safe);
      else write(safe);
    },
  };
  const root = pino(
    {
      level: options.level,
      base: null,
      messageKey: 'msg',
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      // Errors are already written by serializeFields; pino's own error serializer would wrap them again.
      serializers: { err: (value: unknown) => value },
      // Errors in any field are written with their name, message, code and a few stack lines.
      hooks: {
        logMethod(args, method) {
          const [fields, ...rest] = args as unknown[];
          if (fields !== null && typeof fields === 'object' && !(fields instanceof Error))
            return method.apply(this, [serializeFields(fields as LogFields), ...rest] as Parameters<
              typeof method
            >);
          return method.apply(this, args);
        },
      },
    },
    destination,
  );
  const wrap = (logger: PinoLogger): Logger => ({
    level: options.level,
    debug: (fields, msg) => emit(logger, 'debug', fields, msg),
    info: (fields, msg) => emit(logger, 'info', fields, msg),
    warn: (fields, msg) => emit(logger, 'warn', fields, msg),
    error: (fields, msg) => emit(logger, 'error', fields, msg),
    child: (bindings) => wrap(logger.child(serializeFields(bindings))),
  });
  return wrap(root);
}

function emit(
  logger: PinoLogger,
  level: Exclude<LogLevel, 'silent'>,
  fields: LogFields | string,
  msg?: string,
): void {
  if (typeof fields === 'string') logger[level](fields);
  else logger[level](fields, msg ?? '');
}

/** Fields with errors (anywhere at the top level) and big integers made writable. */
function serializeFields(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) out[key] = replacer(key, value);
  return out;
}

/** A logger that drops everything. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
