// GET /api/openapi.json (OpenAPI 3.1 from the registered zod schemas) and GET /api/docs.
import { Hono } from 'hono';
import { z } from 'zod';
import { ProblemDocument } from '@stageflow/api';
import type { AppEnv } from '../app-env.ts';
import { renderDocsPage } from './docs-page.ts';
import type { OperationSpec } from './openapi-registry.ts';
import { listOperations } from './openapi-registry.ts';

type JsonObject = Record<string, unknown>;

export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  const { $schema: _ignored, ...rest } = out as JsonObject;
  return rest;
}

/** '/api/cards/:id' → '/api/cards/{id}' */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** Every refusal, from the schema clients share (@stageflow/api). */
const problemSchema = jsonSchema(ProblemDocument, 'output');

function parameters(op: OperationSpec): JsonObject[] {
  const params: JsonObject[] = [];
  for (const [, name] of op.path.matchAll(/:([A-Za-z0-9_]+)/g)) {
    params.push({ name, in: 'path', required: true, schema: { type: 'string' } });
  }
  if (op.query) {
    const query = jsonSchema(op.query, 'input');
    const props = (query.properties ?? {}) as Record<string, JsonObject>;
    const required = new Set((query.required ?? []) as string[]);
    for (const [name, schema] of Object.entries(props)) {
      params.push({ name, in: 'query', required: required.has(name), schema });
    }
  }
  for (const [name, description] of Object.entries(op.headers ?? {})) {
    params.push({ name, in: 'header', description, schema: { type: 'string' } });
  }
  return params;
}

function operation(op: OperationSpec): JsonObject {
  const responses: JsonObject = {};
  for (const [status, res] of Object.entries(op.responses)) {
    const isProblem = Number(status) >= 400;
    const contentType =
      res.contentType ?? (isProblem ? 'application/problem+json' : 'application/json');
    const schema = res.schema
      ? jsonSchema(res.schema, 'output')
      : isProblem
        ? { $ref: '#/components/schemas/Problem' }
        : undefined;
    responses[status] = {
      description: res.description,
      ...(schema || res.contentType
        ? { content: { [contentType]: schema ? { schema } : {} } }
        : {}),
    };
  }
  const auth = op.auth ?? 'user';
  return {
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.tags ? { tags: op.tags } : {}),
    operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
    ...(auth === 'public' ? { security: [] } : {}),
    ...(Array.isArray(auth) ? { 'x-roles': auth } : {}),
    parameters: parameters(op),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(op.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(operations: OperationSpec[] = listOperations()): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const op of operations) {
    const key = openApiPath(op.path);
    paths[key] = { ...(paths[key] ?? {}), [op.method]: operation(op) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Stageflow API',
      version: '0.1.0',
      description:
        'Workflow engine and Kanban board for after-sales service work. Errors are RFC 9457 problem+json.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'sf_session' },
        bearerToken: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ sessionCookie: [] }, { bearerToken: [] }],
    paths,
  };
}

export function openApiRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/openapi.json', (c) => c.json(buildOpenApiDocument()));
  app.get('/api/docs', (c) => c.html(renderDocsPage(buildOpenApiDocument())));
  return app;
}
