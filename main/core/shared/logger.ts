/**
 * One named, structured logger per module. Tokens and VIN lists never go in:
 * `redact` masks anything that looks like a bearer token before a line is written.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogSink = (line: { level: LogLevel; module: string; msg: string; at: string } & Record<string, unknown>) => void;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let sink: LogSink = () => {};
let threshold: LogLevel = 'info';

export function setLogSink(next: LogSink, level: LogLevel = 'info'): void {
  sink = next;
  threshold = level;
}

const TOKEN_LIKE = /(bearer\s+)[^\s"']+|eyJ[\w-]+\.[\w-]+\.[\w-]+/gi;
export function redact(text: string): string {
  return text.replace(TOKEN_LIKE, (_m, bearer?: string) => (bearer ? `${bearer}[redacted]` : '[redacted]'));
}

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(module: string): Logger {
  const write = (level: LogLevel) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[level] < ORDER[threshold]) return;
    const safe = JSON.parse(redact(JSON.stringify(fields))) as Record<string, unknown>;
    sink({ ...safe, level, module, msg: redact(msg), at: new Date().toISOString() });
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
