const isoStamp = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.\d+)?(?: ([+-])(\d\d)(\d\d))?$/;
const ctimeEpoch = /^(Thu Jan {1,2}1 00:00:00 1970|Wed Dec 31 \d\d:\d\d:\d\d 1969)$/;

/**
 * True when a GNU diff timestamp is the Unix epoch: `diff -N` labels a missing file that way, so it
 * marks an added (old side) or deleted (new side) file.
 */
export function isEpochStamp(stamp: string): boolean {
  const text = stamp.trim();
  if (ctimeEpoch.test(text)) return true;
  const match = isoStamp.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const offset = match[7] ? (match[7] === '-' ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9])) * 60_000 : 0;
  return utc - offset === 0;
}
