/**
 * The journal snapshot: the whole resolved model of the last load (model-codec.ts), with the
 * `stat` stamp of every file it was made from. When every stamp is unchanged, no file is read,
 * parsed or resolved: the model is read back in one piece, which is what makes a warm load a
 * fraction of a cold one. It lives beside the parse cache (same folder, same rules) and is only a
 * shortcut: when anything differs (a file edited, added, removed or renamed, the settings, the
 * folder, the parser's version) the load goes the usual way through the parse cache and writes a
 * new snapshot.
 *
 * As with git's index, a stamp proves nothing for a file changed just before the snapshot was
 * written (a second change within the same tick of a coarse clock leaves the stamp as it was):
 * such a snapshot is not trusted, and none is written while a file is that fresh. A damaged,
 * truncated or foreign snapshot is ignored and replaced, never fatal.
 */
import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from "node:fs";
import { endianness } from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import type { Journal } from "../journal/model.ts";
import { statOf } from "../journal/read.ts";
import { decodeModel, encodeModel } from "./model-codec.ts";
import { ignoreItself, settled, stampOf } from "./store.ts";

const MAGIC = "rapport journal snapshot 3\n";
export const SNAPSHOT_FILE = "journal.bin";

/** What a snapshot is valid for: the journal's files as `stat` sees them now. */
export interface SnapshotKey {
  /** The key, compared byte for byte with the snapshot's. */
  readonly bytes: Buffer;
  /** The journal folder it is for. */
  readonly dir: string;
  /** The latest modification or change time of any of the files (ms since the epoch). */
  readonly newest: number;
  /** When the files were looked at (ms since the epoch): what "too fresh" is measured from. */
  readonly taken: number;
}

export interface KeyFiles {
  readonly dir: string;
  /** The Markdown files, sorted, with what `stat` said of each (undefined: not a readable file). */
  readonly markdown: readonly string[];
  readonly stats: readonly (Stats | undefined)[];
  /** Other files in contacts/ and events/: each is a diagnostic in the model. */
  readonly others: readonly string[];
  /** The settings files that may exist. */
  readonly settings: readonly string[];
  /**
   * When the stat pass began (default: now). A file changed again after it, within the same tick
   * of a coarse clock, keeps its stamp: freshness is measured from here, not from the write.
   */
  readonly taken?: number;
}

/**
 * The names as JSON, then each Markdown file's stamp (size, modification and change times, inode;
 * -1 for no readable file) as four raw doubles: the numbers are not turned into text, which took
 * most of the key's time for 10 000 files.
 */
export function snapshotKey(files: KeyFiles): SnapshotKey {
  let newest = 0;
  const stamps = new Float64Array(files.stats.length * 4).fill(-1);
  files.stats.forEach((stats, i) => {
    if (!stats?.isFile()) return;
    newest = Math.max(newest, stats.mtimeMs, stats.ctimeMs);
    stamps.set([stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino], i * 4);
  });
  const settings = files.settings.map((name) => {
    const at = path.join(files.dir, name);
    const stats = statOf(at);
    // Missing is "", but a path that is there and is no readable file (a folder, a link in a
    // circle) is a problem the load reports: it must not look the same as missing.
    if (!stats) return isThere(at) ? "unreadable" : "";
    if (!stats.isFile()) return "not a file";
    newest = Math.max(newest, stats.mtimeMs, stats.ctimeMs);
    return stampOf(stats);
  });
  const names = JSON.stringify({ dir: files.dir, markdown: files.markdown, others: files.others, settings });
  const bytes = Buffer.concat([Buffer.from(names), Buffer.from(stamps.buffer)]);
  return { bytes, dir: files.dir, newest, taken: files.taken ?? Date.now() };
}

/** The model stored for exactly this key, if there is one and it is intact; never throws. */
export function readSnapshot(cacheDir: string, version: string, key: SnapshotKey): Journal | undefined {
  try {
    const bytes = readFileSync(path.join(cacheDir, SNAPSHOT_FILE));
    let at = 0;
    const line = (): string => {
      const end = bytes.indexOf(0x0a, at);
      if (end < 0) throw new TypeError("not a snapshot");
      const text = bytes.toString("latin1", at, end + 1);
      at = end + 1;
      return text;
    };
    if (line() !== MAGIC || line() !== `${version}\n` || line() !== `${endianness()}\n`) return undefined;
    const written = Number(line());
    // A file changed shortly before the snapshot's files were looked at might have changed again unseen.
    if (!settled(key.newest, written)) return undefined;
    const keyLength = bytes.readUInt32LE(at);
    const keyBytes = key.bytes;
    if (keyLength !== keyBytes.length || !keyBytes.equals(bytes.subarray(at + 4, at + 4 + keyLength))) return undefined;
    at += 4 + keyLength;
    const crc = bytes.readUInt32LE(at);
    const bodyLength = bytes.readUInt32LE(at + 4);
    at += 8;
    if (at + bodyLength !== bytes.length || crc32(bytes.subarray(at)) !== crc) return undefined;

    const u32 = () => {
      const value = bytes.readUInt32LE(at);
      at += 4;
      return value;
    };
    const narrowLength = u32();
    const narrow = bytes.toString("latin1", at, at + narrowLength);
    at += narrowLength;
    const wideLength = u32();
    const wide = bytes.toString("utf16le", at, at + wideLength);
    at = align(at + wideLength);
    const offsets = int32s(bytes, u32(), at);
    at += offsets.byteLength;
    const ops = int32s(bytes, u32(), at);
    at += ops.byteLength;
    const shapesLength = u32();
    const shapes = JSON.parse(bytes.toString("utf8", at, at + shapesLength)) as unknown;
    if (!Array.isArray(shapes) || !shapes.every((s) => typeof s === "string")) return undefined;
    const journal = decodeModel({ narrow, wide, offsets, ops, shapes });
    return isJournal(journal, key) ? journal : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores the model for this key, unless a file is too fresh for its stamp to be trusted (the next
 * load writes it then). Errors (a model it cannot store exactly, a read-only or full disk) are
 * ignored: the next load simply takes the usual way.
 */
export function writeSnapshot(cacheDir: string, version: string, key: SnapshotKey, journal: Journal): void {
  const written = key.taken;
  if (!settled(key.newest, written)) return;
  const file = path.join(cacheDir, SNAPSHOT_FILE);
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const encoded = encodeModel(journal);
    // One byte per character for the strings that fit, UTF-16 (which gives back any string exactly) for the others.
    const narrow = Buffer.from(encoded.narrow, "latin1");
    const wide = Buffer.from(encoded.wide, "utf16le");
    const shapes = Buffer.from(JSON.stringify(encoded.shapes));
    const keyBytes = key.bytes;
    const head = Buffer.from(`${MAGIC}${version}\n${endianness()}\n${written}\n`);
    const textsEnd = head.length + 4 + keyBytes.length + 8 + 8 + narrow.length + wide.length;
    // The integer sections start at multiples of 4 in the file, so they are read in place.
    const body = Buffer.concat([
      u32le(narrow.length),
      narrow,
      u32le(wide.length),
      wide,
      Buffer.alloc(align(textsEnd) - textsEnd),
      u32le(encoded.offsets.length),
      Buffer.from(encoded.offsets.buffer, encoded.offsets.byteOffset, encoded.offsets.byteLength),
      u32le(encoded.ops.length),
      Buffer.from(encoded.ops.buffer, encoded.ops.byteOffset, encoded.ops.byteLength),
      u32le(shapes.length),
      shapes,
    ]);
    mkdirSync(cacheDir, { recursive: true });
    ignoreItself(cacheDir);
    writeFileSync(
      temp,
      Buffer.concat([head, u32le(keyBytes.length), keyBytes, u32le(crc32(body)), u32le(body.length), body]),
    );
    renameSync(temp, file);
  } catch {
    // No snapshot: never a reason for the load to fail.
  } finally {
    rmSync(temp, { force: true });
  }
}

function u32le(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(value);
  return out;
}

function align(at: number): number {
  return (at + 3) & ~3;
}

/** `count` 32-bit integers at `at`: in place when aligned in memory, else copied. */
function int32s(bytes: Buffer, count: number, at: number): Int32Array {
  const end = at + count * 4;
  if (end > bytes.length) throw new TypeError("not a snapshot");
  if ((bytes.byteOffset + at) % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset + at, count);
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + end));
}

function isJournal(value: unknown, key: SnapshotKey): value is Journal {
  if (typeof value !== "object" || value === null) return false;
  const j = value as Partial<Journal>;
  return Array.isArray(j.contacts) && Array.isArray(j.events) && j.contactById instanceof Map && j.dir === key.dir;
}

/** Whether anything is at `at`, a link that leads nowhere included; when even that cannot be told, yes. */
function isThere(at: string): boolean {
  try {
    return lstatSync(at, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}
