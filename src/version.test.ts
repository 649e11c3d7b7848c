import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMain } from './cli/test-support/fake-io.js';
import { openApiDocument } from './server/openapi.js';
import { requestSchemas } from './server/schemas/requests.js';
import { VERSION, versioned } from './version.js';

const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

describe('the version', () => {
  it('is package.json\'s, in `tidings --version` and the OpenAPI document', async () => {
    expect(VERSION).toBe(packageVersion);
    expect(await runMain(['--version'])).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });
    expect(openApiDocument(requestSchemas(100), 1000).info.version).toBe(packageVersion);
  });

  it('comes first in a JSON output (versioned), the body\'s fields after it as they are', () => {
    expect(versioned(3, { query: 'dam', hits: [] })).toEqual({ version: 3, query: 'dam', hits: [] });
    expect(Object.keys(versioned(3, { query: 'dam', hits: [] }))).toEqual(['version', 'query', 'hits']);
  });
});
