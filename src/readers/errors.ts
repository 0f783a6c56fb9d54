/** A problem with one input document: named, explained, never fatal to the batch. */
export class InputError extends Error {
  constructor(
    readonly document: string,
    readonly problem: string,
  ) {
    super(`${document}: ${problem}`);
    this.name = "InputError";
  }
}

/** A file-system error in words a user reads (no stack, no errno jargon). */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EMFILE":
      return "too many open files";
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
