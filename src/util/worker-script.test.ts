import { describe, expect, it } from "vitest";
import { workerScript } from "./worker-script.js";

describe("workerScript", () => {
  it("finds a worker beside the built module, and under dist/ for a module run from its TypeScript source", () => {
    expect(workerScript("./w.js", "file:///app/dist/ingest/pool.js").href).toBe("file:///app/dist/ingest/w.js");
    expect(workerScript("./w.js", "file:///app/src/ingest/pool.ts").href).toBe("file:///app/dist/ingest/w.js");
    // (the last src/ of the path is the sources', a folder of that name above it is kept)
    expect(workerScript("./w.js", "file:///home/src/app/src/util/x.ts").href).toBe("file:///home/src/app/dist/util/w.js");
  });
});
