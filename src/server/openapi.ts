/**
 * The OpenAPI 3.1 document of the JSON API, generated from the same zod
 * schemas the routes validate requests with (and the tests check responses
 * against).
 */
import { z } from 'zod';
import { JSON_TYPE, FORM_TYPE, RAW_BODY_FORMATS, submitForm } from './request-body.js';
import { articlesBody, articlesEnvelope, idParam, ingestHtmlQuery, summarizeEnvelope, type RequestSchemas } from './schemas/requests.js';
import * as responses from './schemas/responses.js';
import { sectionParam } from './api/stories.js';
import { VERSION } from '../version.js';

type Schema = z.ZodType;

function jsonSchema(schema: Schema, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function queryParameters(shape: Record<string, Schema>) {
  return Object.entries(shape).map(([name, schema]) => {
    const { description, ...rest } = jsonSchema(schema, 'input');
    return { name, in: 'query', required: !schema.safeParse(undefined).success, ...(description ? { description } : {}), schema: rest };
  });
}

function pathParameter(name: string, schema: Schema) {
  const { description, ...rest } = jsonSchema(schema, 'input');
  return { name, in: 'path', required: true, description, schema: rest };
}

function jsonContent(schema: Schema, io: 'input' | 'output') {
  return { [JSON_TYPE]: { schema: jsonSchema(schema, io) } };
}

const ERROR = { $ref: '#/components/responses/Error' };
/** 409 (other processes kept writing meanwhile) and 503 (another process is writing): send it again after `Retry-After` seconds. */
const RETRY = { $ref: '#/components/responses/Retry' };

function responsesOf(ok: Record<number, [string, Schema]>, errors: number[]) {
  const out: Record<string, unknown> = {};
  for (const [status, [description, schema]] of Object.entries(ok)) out[status] = { description, content: jsonContent(schema, 'output') };
  for (const status of errors) out[String(status)] = status === 409 || status === 503 ? RETRY : ERROR;
  return out;
}

export function openApiDocument(schemas: RequestSchemas, maxBodyBytes: number) {
  const page = queryParameters(schemas.page.shape);
  const storyId = pathParameter('id', idParam.describe('a story id as the API returned it (s12), or its number alone (12), as tidings story takes it'));
  const rawTypes = Object.fromEntries(Object.keys(RAW_BODY_FORMATS).map((type) => [type, { schema: { type: 'string' } }]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tidings',
      version: VERSION,
      description: `News reports in, stories with cited summaries out. Request bodies up to ${maxBodyBytes} bytes (413 above). Errors are {error, details}.`,
    },
    paths: {
      '/api/articles': {
        post: {
          summary: 'Ingest articles (idempotent): stored, grouped into stories, checked for copies',
          parameters: queryParameters(ingestHtmlQuery.shape),
          requestBody: {
            required: true,
            content: {
              ...jsonContent(articlesBody(articlesEnvelope), 'input'),
              ...rawTypes,
              [FORM_TYPE]: { schema: { ...jsonSchema(submitForm, 'input'), properties: { ...(jsonSchema(submitForm, 'input').properties as object), file: { type: 'string', contentMediaType: 'application/octet-stream' } } } },
            },
          },
          responses: responsesOf({ 200: ['nothing new: every article was stored before', responses.ingestResponse], 201: ['articles added', responses.ingestResponse] }, [400, 409, 413, 415, 500, 503]),
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One stored article: metadata, text, paragraphs, sentences and cleaning messages as spans',
          parameters: [pathParameter('id', idParam)],
          responses: responsesOf({ 200: ['the article', responses.articleResponse] }, [400, 404, 500]),
        },
        delete: {
          summary:
            'Remove a stored article (a takedown, a mistake) and all that refers to it: its stories are made again (one left empty is deleted), its copies traced to the earliest remaining one; a tombstone keeps ingest from adding it again. No authentication, as for POST /api/articles: serve only where every client may write',
          parameters: [pathParameter('id', idParam)],
          responses: responsesOf({ 200: ['the article removed, and what became of its stories and copies', responses.removalResponse] }, [400, 403, 404, 409, 500, 503]),
        },
      },
      '/api/articles/{id}/versions': {
        get: {
          summary: "A stored article's earlier versions (texts updates replaced, at most ingest.keptVersions), oldest first, each with what the text that replaced it changed: headline, sentences added, removed and changed word by word, numbers",
          parameters: [pathParameter('id', idParam)],
          responses: responsesOf({ 200: ['the earlier versions', responses.versionsResponse] }, [400, 404, 500]),
        },
      },
      '/api/removed/{id}': {
        delete: {
          summary: 'Lift the tombstone of a removed article, as tidings remove --undo does: posting it again (or an ingest reading it) adds it',
          parameters: [pathParameter('id', idParam)],
          responses: responsesOf({ 200: ['the article allowed back', responses.allowResponse] }, [400, 403, 404, 500, 503]),
        },
      },
      '/api/stories': {
        get: {
          summary: 'Stories, most recently updated first',
          parameters: queryParameters(schemas.stories.shape),
          responses: responsesOf({ 200: ['a page of stories', responses.storiesResponse] }, [400, 500]),
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'One story: cited summary, and the first page of each list: articles, copies (with word edits), quotes, entities, facts (agreed, conflicting, updated), timeline, revisions (what updates of its articles changed)',
          parameters: [storyId, ...queryParameters(schemas.story.shape)],
          responses: responsesOf({ 200: ['the story', responses.storyResponse] }, [400, 404, 500]),
        },
      },
      '/api/stories/{id}/{section}': {
        get: {
          summary: "A page of one of a story's lists (404 for a list a story does not have)",
          parameters: [storyId, pathParameter('section', sectionParam), ...queryParameters(schemas.storySection.shape)],
          responses: responsesOf(
            { 200: ['a page of the list', z.union(Object.values(responses.sectionResponses))] },
            [400, 404, 500],
          ),
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over stored articles, best first',
          parameters: queryParameters(schemas.search.shape),
          responses: responsesOf({ 200: ['a page of hits', responses.searchResponse] }, [400, 500]),
        },
      },
      '/api/outlets': {
        get: {
          summary: 'Who copies whom, by outlet: articles, copied by others, reprints, rewrites and their source outlets; most articles first',
          parameters: page,
          responses: responsesOf({ 200: ['a page of outlets', responses.outletsResponse] }, [400, 500]),
        },
      },
      '/api/summarize': {
        post: {
          summary: 'A cited summary of the articles sent, each sentence with the values it states that other sources of the same day give otherwise (disputed); nothing is stored',
          requestBody: { required: true, content: jsonContent(articlesBody(summarizeEnvelope), 'input') },
          responses: responsesOf({ 200: ['the summary', responses.summarizeResponse] }, [400, 413, 415, 500]),
        },
      },
      '/api/openapi.json': {
        get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1', content: { [JSON_TYPE]: { schema: { type: 'object' } } } } } },
      },
    },
    components: {
      responses: {
        Error: { description: 'the request failed', content: jsonContent(responses.errorResponse, 'output') },
        Retry: {
          description: 'not written now: another process is writing to the database (503) or kept writing meanwhile (409); send the request again after Retry-After seconds',
          headers: { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer' } } },
          content: jsonContent(responses.errorResponse, 'output'),
        },
      },
    },
  };
}
