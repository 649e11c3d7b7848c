import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { outletCaseKey } from './outlet-case.js';

describe('outletCaseKey', () => {
  it.each([
    ['Pellam Post', 'PELLAM POST'],
    ['Élan', 'ÉLAN'],
    ['Élan', 'élan'],
    ['Straße Bote', 'STRASSE BOTE'],
    ['Nord Ἥλιος', 'nord ἥλιος'],
  ])('folds %s and %s as SQLite NOCASE does', (a, b) => {
    const db = new Database(':memory:');
    try {
      const nocase = (db.prepare('SELECT ? = ? COLLATE NOCASE AS same').get(a, b) as { same: number }).same === 1;
      expect(outletCaseKey(a) === outletCaseKey(b)).toBe(nocase);
    } finally {
      db.close();
    }
  });
});
