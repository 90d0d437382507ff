/** Runs a Python script (the real boto3) against `npm run cloud`, collecting the JSON line it prints per step. */
import { spawn, spawnSync } from 'node:child_process';

export const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], { stdio: 'ignore' }).status === 0;
if (!hasBoto3) {
  if (process.env['CI']) throw new Error('boto3 is required in CI (python3 -c "import boto3" failed)');
  console.warn('\n*** boto3 is not installed for python3: the boto3 compatibility tests are SKIPPED. ***\n');
}

export interface PythonRun {
  code: number | null;
  stderr: string;
  lines: Record<string, unknown>[];
}

/** `answer(line)` may return text to write to the script's stdin (a confirmation code it waits for). */
export async function runPython(
  script: string,
  env: Record<string, string>,
  answer?: (line: Record<string, unknown>) => string | undefined,
): Promise<PythonRun> {
  const child = spawn('python3', [script], { env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true', ...env } });
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let buffered = '';
  child.stdout.on('data', (d: Buffer) => {
    buffered += d.toString();
    for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
      const line = JSON.parse(buffered.slice(0, nl)) as Record<string, unknown>;
      buffered = buffered.slice(nl + 1);
      lines.push(line);
      const reply = answer?.(line);
      if (reply !== undefined) child.stdin.write(`${reply}\n`);
    }
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stderr, lines };
}
