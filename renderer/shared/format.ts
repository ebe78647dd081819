/** Numbers, dates and durations in the user's own locale. */
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateTimeSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

export const formatCount = (n: number): string => integer.format(n);
export const formatRate = (n: number): string => (n >= 100 ? integer.format(n) : oneDecimal.format(n));
export const formatTime = (ms: number): string => time.format(ms);
const timeSeconds = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
/** A clock time, with seconds when the span shown is short. */
export const formatClock = (ms: number, seconds: boolean): string => (seconds ? timeSeconds : time).format(ms);
export const formatDate = (ms: number): string => date.format(ms);
export const formatDateTime = (ms: number): string => dateTime.format(ms);
export const formatMoment = (ms: number): string => dateTimeSeconds.format(ms);

/** "a moment", "4 min", "1 h 20 min": how long, the way people say it. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return ms < 10_000 ? 'a few seconds' : `${Math.round(ms / 1000)} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${integer.format(Math.round(hours / 24))} days`;
}

/** "today", "tomorrow" or the date, for times that may be a day away. */
export function formatWhen(ms: number, now = Date.now()): string {
  const day = (t: number) => new Date(t).toDateString();
  if (day(ms) === day(now)) return formatTime(ms);
  if (day(ms) === day(now + 86_400_000)) return `${formatTime(ms)} tomorrow`;
  return formatDateTime(ms);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
