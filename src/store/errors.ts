/** A problem with the database itself (newer version, unreadable, locked): one clear message. */
export class StoreError extends Error {
  override name = "StoreError";
}
