/** The real `tidings serve`, in a child process on a free localhost port over a database file. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./serve-child.ts', import.meta.url));

export interface ServerProcess {
  /** Ends with a slash: `http://127.0.0.1:PORT/`. */
  url: string;
  /** Sends the signal (SIGTERM by default); resolves with the exit code and everything printed. */
  stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; stdout: string; stderr: string }>;
}

export function startServerProcess(db: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, '--db', db, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const url = /at (http:\/\/\S+\/) /.exec(stdout)?.[1];
      if (!url) return;
      const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
        child.kill(signal);
        const code = await exited;
        return { code, stdout, stderr };
      };
      resolve({ url, stop });
    });
    exited.then((code) => reject(new Error(`tidings serve exited (${code}) before listening: ${stderr}`)));
  });
}
