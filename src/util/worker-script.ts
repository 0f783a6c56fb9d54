/**
 * The URL of a worker thread's script beside the module `moduleUrl` (its import.meta.url). Run
 * from the TypeScript sources (the tests), the worker is the built one, at the same place under dist/.
 */
export function workerScript(name: string, moduleUrl: string): URL {
  return new URL(name, moduleUrl.endsWith(".ts") ? moduleUrl.replace(/\/src\/(?!.*\/src\/)/, "/dist/") : moduleUrl);
}
