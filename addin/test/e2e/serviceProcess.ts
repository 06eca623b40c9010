import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The real OfficeInfra service as a child process on 127.0.0.1, shared by the end-to-end tests.
export const repo = join(__dirname, '..', '..', '..');
const project = join(repo, 'service', 'OfficeInfra.Service');
const dll = join(project, 'bin', 'Debug', 'net10.0', 'OfficeInfra.Service.dll');

/** Runs the service's CLI (`officeinfra <args>`), builds it if needed; its standard output. Throws on a non-zero exit. */
export function cli(args: string[], cwd = repo): string {
  if (!existsSync(dll)) execFileSync('dotnet', ['build', project, '-v', 'q', '-nologo'], { stdio: 'ignore' });
  return execFileSync('dotnet', [dll, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** A loopback port nobody listens on right now. */
export const freePort = () => new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
});

export interface ServiceProcess {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** The service's own job folder (a fresh temp folder). */
  jobs: string;
  stop(): void;
}

/** Builds the service if needed, starts `serve` on `port` with the pane from addin/dist, and waits until /health answers. */
export async function startService(port: number, env: Record<string, string> = {}): Promise<ServiceProcess> {
  if (!existsSync(dll)) execFileSync('dotnet', ['build', project, '-v', 'q', '-nologo'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const jobs = mkdtempSync(join(tmpdir(), 'officeinfra-jobs-'));
  const child: ChildProcess = spawn('dotnet', [dll, 'serve', '--urls', base], {
    cwd: repo,
    env: { ...process.env, OFFICEINFRA_Addin__Path: join(repo, 'addin', 'dist'), OFFICEINFRA_Jobs__Folder: jobs, ...env },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, jobs, stop: () => { child.kill(); rmSync(jobs, { recursive: true, force: true }); } };
}
