/**
 * The I/O of writing: read a file, apply one edit at byte level, and replace the file atomically
 * (temporary file in the same folder, fsync, rename) after checking that nobody changed it since it
 * was read; create new files exclusively, never over an existing one.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { applyEdit, refuse, type Edit, type Plan, type Refusal } from "./edit.ts";

/** The write did not happen; the file is as it was. */
export class WriteRefused extends Error {
  override readonly name = "WriteRefused";
  readonly refusal: Refusal;
  constructor(refusal: Refusal | string) {
    const r = typeof refusal === "string" ? refuse("unsafe", refusal) : refusal;
    super(r.message);
    this.refusal = r;
  }
}

/**
 * Reads `file` (relative to `root`), plans the edit on its text and writes it. The plan runs on what
 * is on disk now, not on what the journal loaded earlier.
 */
export async function editFile<T extends object>(
  root: string,
  file: string,
  plan: (text: string) => Plan<T>,
): Promise<{ readonly ok: true; readonly edit: Edit; readonly line: number } & T> {
  const snapshot = await readSnapshot(path.join(root, file), file);
  const planned = plan(snapshot.text);
  if (!planned.ok) throw new WriteRefused(planned);
  await replaceFile(file, snapshot, editBytes(snapshot, planned.edit));
  return planned;
}

export interface Snapshot {
  /** The file's real path (a symlink is written through, not replaced). */
  readonly real: string;
  readonly bytes: Buffer;
  /** The text, byte order mark included. */
  readonly text: string;
  readonly mode: number;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export async function readSnapshot(file: string, shown = file): Promise<Snapshot> {
  const real = await realpath(file).catch(() => {
    throw new WriteRefused(refuse("not-found", `${shown} does not exist`));
  });
  const [bytes, info] = await Promise.all([readFile(real), stat(real)]);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new WriteRefused(`${shown} is not valid UTF-8; save it as UTF-8 in your editor first`);
  }
  return { real, bytes, text, mode: info.mode & 0o7777 };
}

/** The new bytes: everything outside the edit is copied from the bytes read, not re-encoded. */
export function editBytes(snapshot: Snapshot, edit: Edit): Buffer {
  const start = Buffer.byteLength(snapshot.text.slice(0, edit.offset));
  const end = Buffer.byteLength(snapshot.text.slice(0, edit.offset + edit.remove));
  const result = Buffer.concat([
    snapshot.bytes.subarray(0, start),
    Buffer.from(edit.insert),
    snapshot.bytes.subarray(end),
  ]);
  // The same edit on the text must give the same bytes, or the text and the bytes disagree.
  if (!result.equals(Buffer.from(applyEdit(snapshot.text, edit))))
    throw new WriteRefused("the edit does not apply cleanly");
  return result;
}

/**
 * Replaces the file read in `snapshot` with `bytes`. Refuses, leaving it untouched, when the file
 * changed on disk since it was read: the check runs after the new content is safely on disk, just
 * before the rename, so the window for a change to be lost is as short as the file system allows.
 */
export async function replaceFile(shown: string, snapshot: Snapshot, bytes: Buffer): Promise<void> {
  const dir = path.dirname(snapshot.real);
  // Hidden and not `.md`, so a temporary file left by a crash is never read as a journal file.
  const temp = path.join(dir, `.${path.basename(snapshot.real)}.${randomBytes(4).toString("hex")}.rapport-tmp`);
  await writeDurably(temp, bytes, snapshot.mode);
  try {
    const now = await readFile(snapshot.real).catch(() => undefined);
    if (!now?.equals(snapshot.bytes)) {
      throw new WriteRefused(`${shown} changed on disk while Rapport was writing it; nothing was written, try again`);
    }
    await rename(temp, snapshot.real);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDir(dir);
}

/** Creates `file` with `bytes`; refuses when it exists (exclusive create: never over an existing file). */
export async function createFile(shown: string, file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeDurably(file, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      throw new WriteRefused(refuse("exists", `${shown} exists already; nothing was written`));
    throw error;
  }
  await syncDir(path.dirname(file));
}

/** Writes a file that must not exist yet and fsyncs it; a half-written file is removed again. */
async function writeDurably(file: string, bytes: Buffer, mode?: number): Promise<void> {
  const handle = await open(file, "wx", mode);
  try {
    await handle.writeFile(bytes);
    // The mode given to open is masked by the umask; a replacement keeps the original's permissions.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/** Makes the rename itself durable; not every platform can open a folder, and that is fine. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
