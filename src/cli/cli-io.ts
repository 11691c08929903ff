// What a command needs from the outside world, injected so tests can run commands in-process.
export interface CliIo {
  readonly stdout: (chunk: string) => void;
  readonly stderr: (chunk: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  /** True when stdout is a terminal: single documents are then pretty-printed. */
  readonly isTty: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    isTty: Boolean(process.stdout.isTTY),
  };
}
