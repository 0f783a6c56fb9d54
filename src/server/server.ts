/**
 * `vigie serve`: the store over HTTP, read-only — the JSON API under /api (OpenAPI document at
 * /openapi.json, its docs page at /docs) and the offline web app at /. Nothing is fetched
 * from elsewhere; answers carry a strict Content-Security-Policy; a client never sees a stack trace.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import fastifyStatic from "@fastify/static";
import type { Store } from "../store/store.js";
import { BadParameter } from "./paging.js";
import { registerRoutes } from "./routes.js";

export interface ServerOptions {
  /** requests per minute from one address (default 1200) */
  rateLimit?: number;
  /** the built web app's folder (default: the one shipped in the package); null serves the API only */
  webRoot?: string | null;
  /** the package's version, shown in the OpenAPI document */
  version?: string;
}

/** The web app built by `npm run build` (dist/web), found from dist/server or from src/server. */
function shippedWebRoot(): string | null {
  for (const rel of ["../web/", "../../dist/web/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  return null;
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
/** The API docs page (Swagger UI) sets style attributes from its scripts. */
const DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/** The parameter a validation error is about: "/limit" → "limit", or the missing property. */
function parameterOf(err: FastifyError): string | undefined {
  const v = err.validation?.[0];
  if (!v) return undefined;
  const missing = (v.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (v.params as { additionalProperty?: string }).additionalProperty;
  return missing ?? (v.instancePath.replace(/^\//, "").split("/")[0] || undefined);
}

export async function createServer(store: Store, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    // unknown query parameters are refused (see schemas.ts), not silently dropped
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
    routerOptions: { maxParamLength: 300 },
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) {
      const parameter = parameterOf(err);
      const message = parameter && err.validation[0]?.keyword === "additionalProperties" ? `unknown parameter "${parameter}"` : `${parameter ?? err.validationContext ?? "request"}: ${err.validation[0]?.message ?? err.message}`;
      return reply.status(400).send({ statusCode: 400, error: "Bad Request", message, ...(parameter ? { parameter } : {}) });
    }
    if (err instanceof BadParameter) return reply.status(400).send({ statusCode: 400, error: "Bad Request", message: err.message, parameter: err.parameter });
    const status = err.statusCode ?? 500;
    if (status < 500) return reply.status(status).send({ statusCode: status, error: status === 404 ? "Not Found" : status === 429 ? "Too Many Requests" : "Bad Request", message: err.message });
    // the details stay on the server
    process.stderr.write(`vigie serve: ${req.method} ${req.url}: ${err.stack ?? err.message}\n`);
    return reply.status(500).send({ statusCode: 500, error: "Internal Server Error", message: "the server could not answer this request" });
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send({ statusCode: 404, error: "Not Found", message: `no route ${req.method} ${req.url.split("?")[0]}` }));

  app.addHook("onSend", async (req, reply, payload) => {
    reply.header("content-security-policy", req.url.startsWith("/docs") ? DOCS_CSP : CSP);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    return payload;
  });

  await app.register(rateLimit, { max: options.rateLimit ?? 1200, timeWindow: "1 minute" });
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: { title: "Vigie API", description: "Read-only access to a Vigie store: documents, search, events, quotes, entities and stories.", version: options.version ?? "0" },
    },
  });
  // no validator badge: it would be fetched from swagger.io
  await app.register(swaggerUi, { routePrefix: "/docs", uiConfig: { validatorUrl: null } });
  app.get("/openapi.json", { schema: { hide: true } }, () => app.swagger());

  registerRoutes(app, store);

  const webRoot = options.webRoot === undefined ? shippedWebRoot() : options.webRoot;
  if (webRoot) await app.register(fastifyStatic, { root: webRoot, prefix: "/", index: "index.html", wildcard: false });
  return app;
}

/** Whether a host name or address is this machine only. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
