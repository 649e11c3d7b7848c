import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../errors.js';
import { ROUGE_JSON_VERSION } from '../rouge/index.js';
import { rouge } from './rouge.js';
import { fakeIo } from './test-support/fake-io.js';


const folder = mkdtempSync(path.join(tmpdir(), 'tidings-rouge-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const target = path.join(folder, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
};
const summary = file('summary.txt', 'The storm hit the coast.\nThousands lost power.\n');
const referenceA = file('refs/a.txt', 'A storm hit the coast on Monday.\nThousands of homes lost power.\n');
const referenceB = file('refs/b.txt', 'Power failed for thousands after the storm.\n');
file('duc/peers/d1.Alpha', 'The storm hit the coast.\n');
file('duc/peers/d1.Beta', 'Officials met on Tuesday.\n');
file('duc/peers/d2.Alpha', 'Prices rose sharply.\n');
file('duc/models/d1.m.100.t.a', 'A storm hit the coast.\n');
file('duc/models/d1.m.100.t.b', 'The coast was hit by a storm.\n');
file('duc/models/d2.m.100.t.a', 'Prices rose.\n');

describe('tidings rouge', () => {
  it('prints help with examples', async () => {
    const { io, stdout } = fakeIo();
    expect(await rouge(['--help'], io)).toBe(0);
    expect(stdout()).toMatch(/Usage:[\s\S]*Examples:[\s\S]*--peers/);
  });

  it('scores one summary against references as a table', async () => {
    const { io, stdout } = fakeIo();
    expect(await rouge([summary, '--ref', referenceA, '--ref', referenceB], io)).toBe(0);
    expect(stdout()).toMatch(/^\s+R\s+P\s+F\nROUGE-1\s+0\.\d{5}/);
    expect(stdout()).toMatch(/ROUGE-SU4/);
    expect(stdout()).toContain('ROUGE-1.5.5 -n 2 -m -2 4 -u');
  });

  it('reads the summary from standard input and a folder of references, as JSON', async () => {
    const { io, stdout } = fakeIo('The storm hit the coast.\n');
    expect(await rouge(['-', '--ref', path.join(folder, 'refs'), '--format', 'json', '-n', '1', '--no-lcs', '--no-skip'], io)).toBe(0);
    const parsed = JSON.parse(stdout());
    expect(parsed.version).toBe(ROUGE_JSON_VERSION);
    expect(Object.keys(parsed.scores)).toEqual(['ROUGE-1']);
    expect(parsed.scores['ROUGE-1'].referenceTotal).toBeGreaterThan(0);
  });

  it('scores many systems over tasks, DUC layout, with per-task values in JSON', async () => {
    const { io, stdout } = fakeIo();
    const duc = path.join(folder, 'duc');
    expect(await rouge(['--peers', `${duc}/peers`, '--refs', `${duc}/models/*`, '--samples', '50', '--format', 'json'], io)).toBe(0);
    const parsed = JSON.parse(stdout());
    expect(parsed.version).toBe(ROUGE_JSON_VERSION);
    expect(Object.keys(parsed.systems)).toEqual(['Alpha', 'Beta']);
    expect(Object.keys(parsed.systems.Alpha.clusters)).toEqual(['d1', 'd2']);
    expect(parsed.systems.Alpha.average['ROUGE-2']).toMatchObject({ R: expect.any(Number), low: { R: expect.any(Number) } });
    expect(parsed.flags).toContain('-r 50');
  });

  it('prints a table per system in text', async () => {
    const { io, stdout } = fakeIo();
    const duc = path.join(folder, 'duc');
    expect(await rouge(['--peers', `${duc}/peers`, '--refs', `${duc}/models`, '-r', '20', '-l', '100'], io)).toBe(0);
    expect(stdout()).toMatch(/2 systems, 2 tasks[\s\S]*Alpha \(2 tasks\)[\s\S]*95% CI[\s\S]*Beta \(1 task\)/);
  });

  it('turns bad usage into UsageError', async () => {
    const { io } = fakeIo();
    await expect(rouge([summary], io)).rejects.toThrow(UsageError);
    await expect(rouge([], io)).rejects.toThrow(UsageError);
    await expect(rouge([summary, '--ref', referenceA, '--words', '10', '--bytes', '10'], io)).rejects.toThrow(UsageError);
    await expect(rouge([summary, '--ref', referenceA, '--alpha', '2'], io)).rejects.toThrow(/--alpha/);
    await expect(rouge([summary, '--ref', referenceA, '--combine', 'max'], io)).rejects.toThrow(/--combine/);
    await expect(rouge(['--peers', folder], io)).rejects.toThrow(/--refs/);
    await expect(rouge([summary, '--ref', referenceA, '--bogus'], io)).rejects.toThrow(UsageError);
  });

  it('turns missing files and unusable names into InputError', async () => {
    const { io } = fakeIo();
    await expect(rouge([path.join(folder, 'nope.txt'), '--ref', referenceA], io)).rejects.toThrow(InputError);
    await expect(rouge([summary, '--ref', path.join(folder, 'missing/*.txt')], io)).rejects.toThrow(/no files match/);
    await expect(rouge(['--peers', path.join(folder, 'refs'), '--refs', path.join(folder, 'duc/models')], io)).rejects.toThrow(/no reference for task "a"/);
  });

  it('refuses a binary file among the summaries, naming it', async () => {
    const { io } = fakeIo();
    const binary = file('mixed/d1.db', '');
    writeFileSync(binary, Buffer.from([0x53, 0x51, 0x4c, 0x00, 0x01]));
    file('mixed/d1.Alpha', 'The storm hit the coast.\n');
    await expect(rouge(['--peers', path.join(folder, 'mixed'), '--refs', path.join(folder, 'duc/models')], io)).rejects.toThrow(`${binary}: the file looks binary (it holds NUL bytes), not a summary`);
    await expect(rouge([summary, '--ref', binary], io)).rejects.toThrow(InputError);
  });
});
