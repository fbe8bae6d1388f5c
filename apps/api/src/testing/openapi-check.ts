/**
 * @module
 * Test helper: every JSON response a test sees is checked against the schema the OpenAPI
 * document gives for that route and status, so the document cannot drift from the behaviour.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** The parts of an OpenAPI document the check reads. */
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
}

/** Something with Hono's `request`. */
interface Requestable {
  request(input: string, init?: RequestInit, env?: unknown): Response | Promise<Response>;
}

// ajv-formats is CommonJS; under Node's ESM loader its default export is the plugin itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

const DOC_ID = 'https://dateline.invalid/openapi.json';

/** JSON Pointer escaping of one reference token. */
const pointer = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * A checker for `doc`: `check(method, path, response)` resolves with nothing when the response
 * matches its documented schema, and throws naming the route, status and each mismatch otherwise.
 * A status the operation does not document is a mismatch too (500 excepted).
 *
 * @example
 * const check = responseChecker(await (await app.request('/openapi.json')).json());
 * await check('GET', '/v1/articles/x', await app.request('/v1/articles/x'));
 */
function responseChecker(doc: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc as object, DOC_ID);
  const templates = Object.keys(doc.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  return async (method: string, path: string, res: Response): Promise<void> => {
    const pathname = new URL(path, 'http://x').pathname;
    const template = templates.find((t) => t.pattern.test(pathname))?.template;
    const verb = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
    const operation = template === undefined ? undefined : doc.paths[template]?.[verb];
    // Unknown paths and methods are the app's generic 404 and 405, not any route's.
    if (!operation || res.status === 500) return;
    const responses = operation.responses ?? {};
    const status = String(res.status);
    const documented = responses[status] ?? responses.default;
    if (!documented) throw new Error(`${method} ${template} answered ${status}, which its OpenAPI operation does not document.`);
    const type = res.headers.get('content-type')?.split(';')[0]?.trim();
    if (type === undefined || !/json$/.test(type) || method === 'HEAD' || res.status === 304 || res.status === 204) return;
    if (!documented.content?.[type]) throw new Error(`${method} ${template} ${status} answered ${type}, which is not documented.`);
    const ref = `${DOC_ID}#/paths/${pointer(template!)}/${verb}/responses/${responses[status] ? status : 'default'}/content/${pointer(type)}/schema`;
    const validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`No schema at ${ref}.`);
    const body: unknown = await res.clone().json();
    if (!validate(body)) {
      const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`).join('; ');
      throw new Error(`${method} ${template} ${status} does not match its documented schema: ${errors}`);
    }
  };
}

/**
 * `app.request` that checks every response against the document (see `responseChecker`).
 *
 * @example
 * const request = await checkedRequest(app);
 * const res = await request('/v1/articles', { method: 'POST', headers, body });
 */
export async function checkedRequest(app: Requestable) {
  const doc = (await (await app.request('/openapi.json')).json()) as OpenApiDocument;
  const check = responseChecker(doc);
  return async (path: string, init: RequestInit = {}, env?: unknown): Promise<Response> => {
    const res = await app.request(path, init, env);
    await check(init.method ?? 'GET', path, res);
    return res;
  };
}
