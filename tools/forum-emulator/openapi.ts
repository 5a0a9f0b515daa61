import { readFile } from 'node:fs/promises';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { invalidParameters, parameterMissing } from './errors.ts';
import type { Params } from './http-io.ts';

/**
 * Request validation against Discourse's OpenAPI description (spec/discourse-openapi.json; its source is in spec/README.md).
 * The spec documents less than Discourse accepts, so each schema is patched where the real server is known
 * to take more (Rails strong parameters silently drop keys they do not permit):
 * - every `additionalProperties: false` is lifted: unknown keys are ignored by Discourse, not refused;
 * - createTopicPostPM lacks tags, skip_validations, visible, unlist_topic, nested_post, auto_track, import_mode;
 * - updatePost lacks the top-level `title` and post.original_text / post.category_id;
 * - updateTopic nests title/category_id under "topic", which topics#update never reads: the top-level fields
 *   are added (the nested form stays valid and changes nothing);
 * - createCategory/updateCategory lack position, description (ignored by the sheet's version), topic_template…;
 * - updateCategory requires `name` in the spec, but categories#update only requires it on create;
 * - getCategory/updateCategory take an id *or a slug*, the spec says integer;
 * - listCategories allows only include_subcategories=true; Discourse reads any value.
 * Type errors and missing required parameters are refused as Discourse would refuse them (400).
 */
type Schema = Record<string, unknown>;

interface OperationSchemas {
  body?: Schema;
  query?: Schema;
  path?: Schema;
}

export interface OperationValidator {
  json?: ValidateFunction;
  form?: ValidateFunction;
  query?: ValidateFunction;
  path?: ValidateFunction;
}

const tags = {
  type: 'array',
  items: {
    anyOf: [{ type: 'string' }, { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } }],
  },
};
const flag = { anyOf: [{ type: 'boolean' }, { type: 'string' }] };

const extraBodyProperties: Record<string, Schema> = {
  createTopicPostPM: {
    tags,
    skip_validations: flag,
    visible: flag,
    unlist_topic: flag,
    nested_post: flag,
    auto_track: flag,
    import_mode: flag,
    no_bump: flag,
    featured_link: { type: 'string' },
  },
  updatePost: { title: { type: 'string' }, bypass_bump: flag },
  updateTopic: {
    title: { type: 'string' },
    category_id: { type: ['integer', 'null'] },
    tags: { type: 'array', items: { type: 'string' } },
    featured_link: { type: 'string' },
    original_title: { type: 'string' },
  },
  createCategory: {
    position: { type: 'integer' },
    description: { type: 'string' },
    topic_template: { type: 'string' },
  },
  updateCategory: {
    position: { type: 'integer' },
    description: { type: 'string' },
    topic_template: { type: 'string' },
  },
};

const extraPostProperties: Schema = {
  original_text: { type: 'string' },
  category_id: { type: 'integer' },
  edit_reason: { type: ['string', 'null'] },
};

function liftAdditionalProperties(schema: unknown): void {
  if (!schema || typeof schema !== 'object') return;
  const node = schema as Schema;
  if (node['additionalProperties'] === false) delete node['additionalProperties'];
  Object.values(node).forEach(liftAdditionalProperties);
}

function patch(operationId: string, schemas: OperationSchemas): OperationSchemas {
  const body = schemas.body;
  if (body) {
    liftAdditionalProperties(body);
    const properties = (body['properties'] ??= {}) as Schema;
    Object.assign(properties, extraBodyProperties[operationId] ?? {});
    if (operationId === 'updatePost') {
      const post = properties['post'] as Schema | undefined;
      if (post) Object.assign((post['properties'] ??= {}) as Schema, extraPostProperties);
    }
  }
  if (operationId === 'updateCategory' && body) delete body['required'];
  if ((operationId === 'getCategory' || operationId === 'updateCategory') && schemas.path) {
    ((schemas.path['properties'] as Schema)['id'] as Schema)['type'] = 'string';
  }
  if (operationId === 'listCategories' && schemas.query) {
    (schemas.query['properties'] as Schema)['include_subcategories'] = { type: 'boolean' };
  }
  return schemas;
}

interface SpecParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

function parameterSchema(parameters: SpecParameter[], where: 'query' | 'path'): Schema | undefined {
  const selected = parameters.filter((p) => p.in === where);
  if (selected.length === 0) return undefined;
  return {
    type: 'object',
    properties: Object.fromEntries(selected.map((p) => [p.name, structuredClone(p.schema ?? {})])),
    required: selected.filter((p) => p.required).map((p) => p.name),
  };
}

/** Discourse's OpenAPI description, vendored in spec/ (read as JSON rather than imported: its type would be huge). */
export async function loadSpec(): Promise<{ paths: Record<string, Record<string, unknown>> }> {
  return JSON.parse(await readFile(new URL('spec/discourse-openapi.json', import.meta.url), 'utf8'));
}

let validators: Promise<Map<string, OperationValidator>> | undefined;

/**
 * The request validators of every operation, compiled once per process (a few hundred milliseconds) and shared by
 * every emulator started in it: a validator keeps only its last call's errors, which are read at once.
 */
export function loadValidators(): Promise<Map<string, OperationValidator>> {
  validators ??= compileValidators();
  return validators;
}

async function compileValidators(): Promise<Map<string, OperationValidator>> {
  const spec = await loadSpec();
  const strict = new Ajv({ allErrors: true, strict: false });
  const coercing = new Ajv({ allErrors: true, strict: false, coerceTypes: 'array' });
  addFormats(strict);
  addFormats(coercing);
  const compiled = new Map<string, OperationValidator>();
  for (const operations of Object.values(spec.paths)) {
    for (const value of Object.values(operations)) {
      const operation = value as {
        operationId?: string;
        parameters?: SpecParameter[];
        requestBody?: { content?: Record<string, { schema?: Schema }> };
      };
      if (!operation.operationId) continue;
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      const parameters = operation.parameters ?? [];
      const query = parameterSchema(parameters, 'query');
      const path = parameterSchema(parameters, 'path');
      const schemas = patch(operation.operationId, {
        ...(bodySchema ? { body: structuredClone(bodySchema) } : {}),
        ...(query ? { query } : {}),
        ...(path ? { path } : {}),
      });
      const validator: OperationValidator = {};
      if (schemas.body) {
        validator.json = strict.compile(schemas.body);
        validator.form = coercing.compile(structuredClone(schemas.body));
      }
      if (schemas.query) validator.query = coercing.compile(schemas.query);
      if (schemas.path) validator.path = coercing.compile(schemas.path);
      compiled.set(operation.operationId, validator);
    }
  }
  return compiled;
}

function refuse(errors: ErrorObject[] | null | undefined, fallback: string): never {
  const missing = errors?.find((e) => e.keyword === 'required');
  if (missing) throw parameterMissing(String(missing.params['missingProperty']));
  const first = errors?.[0];
  const name = first?.instancePath.split('/').filter(Boolean).pop() ?? fallback;
  throw invalidParameters(name);
}

export function validateRequest(
  validator: OperationValidator | undefined,
  request: { path: Params; query: Params; body: Params; form: boolean },
): void {
  if (!validator) return;
  if (validator.path && !validator.path(request.path)) refuse(validator.path.errors, 'id');
  if (validator.query && !validator.query(request.query)) refuse(validator.query.errors, 'query');
  const body = request.form ? validator.form : validator.json;
  if (body && !body(request.body)) refuse(body.errors, 'body');
}
