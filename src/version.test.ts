import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMain } from './cli/test-support/fake-io.js';
import { openApiDocument } from './server/openapi.js';
import { requestSchemas } from './server/schemas/requests.js';
import { VERSION } from './version.js';

const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

describe('the version', () => {
  it('is package.json\'s, in `tidings --version` and the OpenAPI document', async () => {
    expect(VERSION).toBe(packageVersion);
    expect(await runMain(['--version'])).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });
    expect(openApiDocument(requestSchemas(100), 1000).info.version).toBe(packageVersion);
  });
});
