/**
 * The part of better-sqlite3's API the SQLite store uses (the package ships
 * no types and `@types/better-sqlite3` is not installed). Delete this file if
 * `@types/better-sqlite3` is added to devDependencies.
 */
declare module 'better-sqlite3' {
  namespace Database {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }

    interface Statement<P extends unknown[] = unknown[], R = unknown> {
      run(...params: P): RunResult;
      get(...params: P): R | undefined;
      all(...params: P): R[];
      iterate(...params: P): IterableIterator<R>;
      /** Return only the first column of each row. */
      pluck(toggle?: boolean): Statement<P, R>;
    }

    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      /** Milliseconds to wait for a lock before SQLITE_BUSY. */
      timeout?: number;
    }

    interface Database {
      readonly name: string;
      readonly open: boolean;
      readonly inTransaction: boolean;
      prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): Statement<P, R>;
      exec(sql: string): Database;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      transaction<F extends (...args: never[]) => unknown>(fn: F): F;
      close(): Database;
    }
  }

  interface DatabaseConstructor {
    new (filename: string, options?: Database.Options): Database.Database;
    /** What SQLite reports: `code` is its result code, extended where it has one (`SQLITE_READONLY_DIRECTORY`). */
    SqliteError: new (message: string, code: string) => Error & { code: string };
  }

  const Database: DatabaseConstructor;
  export = Database;
}
