/** The messages between the loader and its parse workers. */
export interface Batch {
  readonly id: number;
  readonly files: readonly { readonly file: string; readonly text: string }[];
}

export interface BatchResult {
  readonly id: number;
  /** Each file's encoded `ParsedFile`, in the batch's order; null where parsing threw. */
  readonly results: readonly (Uint8Array | null)[];
}
