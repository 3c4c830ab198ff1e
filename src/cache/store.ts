/**
 * The parse cache on disk: one file per journal holding, for each journal file, its path, the
 * hash of its bytes and its `ParsedFile` (encoded by codec.ts, with a CRC-32). Read in one piece at
 * load; new results are appended, so a run that re-parsed one file writes one record; when stale
 * records pile up, or the file was damaged, it is rewritten whole (to a temporary file, then
 * renamed, so a reader never sees half a file).
 *
 * Anything unexpected (another format, another parser version, a truncated or corrupt record, a
 * record that is not the file it claims to be) is treated as a miss: the file is parsed again and
 * the cache rewritten. The cache can make a load faster, never wrong, and never make it fail.
 */
import { randomBytes } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
  type Stats,
} from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";
import type { ParsedFile } from "../journal/parse-file.ts";
import { decodeValue, encodeValue } from "./codec.ts";

const MAGIC = "rapport parse cache 3\n";
export const CACHE_FILE = "parsed.bin";

/**
 * A file changed within this long before its record was written may change again within the same
 * tick of a coarse file system clock without its stamp showing it ("racy git"): such a record is
 * only trusted by its hash, until a later load records the file again.
 */
export const RACY_MS = 2000;

/** Whether a stamp with this change time proves the file unchanged since `lookedAt` (both ms since the epoch). */
export function settled(changed: number, lookedAt: number): boolean {
  return changed < lookedAt - RACY_MS;
}

interface Slot {
  readonly hash: string;
  /** `stampOf` the file when the record was written. */
  readonly stamp: string;
  /** When the record was written (ms since the epoch). */
  readonly written: number;
  /** The whole record, as it is in the file. */
  readonly record: Buffer;
  readonly data: Buffer;
}

/**
 * What `stat` says of a file: size, modification and change times, inode. When none of them has
 * changed, neither have the bytes, as git's index assumes: the cache then knows the file's hash
 * without reading it. Anything that rewrites a file changes its change time, which no tool can set.
 */
export function stampOf(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
}

export class ParseCache {
  private readonly slots = new Map<string, Slot>();
  private readonly fresh = new Map<string, Buffer>();
  private readonly used = new Set<string>();
  /** Records in the file on disk, stale ones included. */
  private recordsOnDisk = 0;
  /** The file must be written whole: missing, foreign, damaged or full of stale records. */
  private rewrite = false;

  private readonly file: string;
  private readonly version: string;

  private constructor(file: string, version: string) {
    this.file = file;
    this.version = version;
  }

  /** Opens the cache in `dir` (created only when something is written). Never throws. */
  static open(dir: string, version: string): ParseCache {
    const cache = new ParseCache(path.join(dir, CACHE_FILE), version);
    cache.read();
    return cache;
  }

  /** The cached parse of `file` if its stamp is the one recorded, and not racy: the file was not even read. */
  getByStamp(file: string, stamp: string): ParsedFile | undefined {
    const slot = this.slots.get(file);
    if (!slot || slot.stamp !== stamp) return undefined;
    const mtime = Number(stamp.split(":")[1]);
    return settled(mtime, slot.written) ? this.decoded(file, slot) : undefined;
  }

  /** The cached parse of `file` if its bytes still hash to `hash`; its record then gets the file's new stamp. */
  get(file: string, hash: string, stamp?: string): ParsedFile | undefined {
    const slot = this.slots.get(file);
    if (!slot || slot.hash !== hash) return undefined;
    const parsed = this.decoded(file, slot);
    if (parsed && stamp !== undefined) this.fresh.set(file, record(file, hash, stamp, slot.data));
    return parsed;
  }

  private decoded(file: string, slot: Slot): ParsedFile | undefined {
    let parsed: unknown;
    try {
      parsed = decode(slot.data);
    } catch {
      parsed = undefined;
    }
    if (!isParsedFile(parsed, file)) {
      this.slots.delete(file);
      this.rewrite = true;
      return undefined;
    }
    this.used.add(file);
    return parsed;
  }

  /** Records a fresh parse; `encoded` is `encode(parsed)` when a worker already did it. */
  put(file: string, hash: string, stamp: string, parsed: ParsedFile, encoded?: Uint8Array): void {
    this.fresh.set(file, record(file, hash, stamp, encoded ?? encode(parsed)));
    this.used.add(file);
  }

  /**
   * Writes what changed: appends the fresh records, or rewrites the file with the records of the
   * files this load used when it is damaged or mostly stale. Then lets go of the file's bytes; a
   * later `put` and `flush` (watch mode) append. Errors (a read-only or full disk) are ignored:
   * the next load simply parses again.
   */
  flush(): void {
    if (this.fresh.size > 0 || this.rewrite) {
      try {
        mkdirSync(path.dirname(this.file), { recursive: true });
        ignoreItself(path.dirname(this.file));
        const total = this.recordsOnDisk + this.fresh.size;
        const compact = this.slots.size > 0 && total > 2 * this.used.size + 64;
        if (this.rewrite || compact) this.writeWhole();
        else this.append();
      } catch {
        // A cache that cannot be written is no cache: never a reason for the load to fail.
      }
    }
    this.slots.clear();
    this.fresh.clear();
    this.used.clear();
  }

  private writeWhole(): void {
    const records: Buffer[] = [];
    for (const [file, slot] of this.slots) if (this.used.has(file) && !this.fresh.has(file)) records.push(slot.record);
    records.push(...this.fresh.values());
    const temp = `${this.file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      writeFileSync(temp, Buffer.concat([Buffer.from(`${MAGIC}${this.version}\n`), ...records]));
      renameSync(temp, this.file);
    } finally {
      rmSync(temp, { force: true });
    }
    this.recordsOnDisk = records.length;
    this.rewrite = false;
  }

  private append(): void {
    const fd = openSync(this.file, "a");
    try {
      writeSync(fd, Buffer.concat([...this.fresh.values()]));
    } finally {
      closeSync(fd);
    }
    this.recordsOnDisk += this.fresh.size;
  }

  private read(): void {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch {
      this.rewrite = true;
      return;
    }
    const header = Buffer.from(`${MAGIC}${this.version}\n`);
    if (!bytes.subarray(0, header.length).equals(header)) {
      this.rewrite = true;
      return;
    }
    let at = header.length;
    while (at < bytes.length) {
      const slot = readRecord(bytes, at);
      if (!slot) {
        // Truncated or damaged from here on: what was read stays, the file is rewritten.
        this.rewrite = true;
        return;
      }
      this.slots.set(slot.file, slot);
      this.recordsOnDisk++;
      at += slot.record.length;
    }
  }
}

/** How a `ParsedFile` is stored (and how a worker hands it back): see codec.ts. */
export function encode(parsed: ParsedFile): Uint8Array {
  return Buffer.from(encodeValue(parsed));
}

export function decode(data: Uint8Array): ParsedFile {
  return decodeValue(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8")) as ParsedFile;
}

/** `[u32 head length][file NUL hash NUL stamp NUL written][u32 data length][u32 crc32 of data][data]`, little-endian. */
function record(file: string, hash: string, stamp: string, data: Uint8Array): Buffer {
  const head = Buffer.from(`${file}\u0000${hash}\u0000${stamp}\u0000${Date.now()}`);
  const out = Buffer.allocUnsafe(12 + head.length + data.length);
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  out.writeUInt32LE(data.length, 4 + head.length);
  out.writeUInt32LE(crc32(data), 8 + head.length);
  out.set(data, 12 + head.length);
  return out;
}

function readRecord(bytes: Buffer, at: number): (Slot & { file: string }) | undefined {
  if (at + 4 > bytes.length) return undefined;
  const headLength = bytes.readUInt32LE(at);
  const dataAt = at + 12 + headLength;
  if (dataAt > bytes.length) return undefined;
  const head = bytes.toString("utf8", at + 4, at + 4 + headLength).split("\u0000");
  const dataLength = bytes.readUInt32LE(at + 4 + headLength);
  const crc = bytes.readUInt32LE(at + 8 + headLength);
  const end = dataAt + dataLength;
  const written = Number(head[3]);
  if (end > bytes.length || head.length !== 4 || !Number.isFinite(written)) return undefined;
  const data = bytes.subarray(dataAt, end);
  if (crc32(data) !== crc) return undefined;
  return { file: head[0]!, hash: head[1]!, stamp: head[2]!, written, record: bytes.subarray(at, end), data };
}

function isParsedFile(value: unknown, file: string): value is ParsedFile {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Partial<ParsedFile>;
  return p.file === file && typeof p.id === "string" && Array.isArray(p.diagnostics);
}

/** A `.gitignore` inside the cache folder, so git ignores it even if the journal's `.gitignore` stops listing it. */
export function ignoreItself(dir: string): void {
  try {
    writeFileSync(path.join(dir, ".gitignore"), "*\n", { flag: "wx" });
  } catch {
    // Already there (or not writable, and then nothing else is either).
  }
}
