// What a command needs from the outside world, injected so tests can run commands in-process.
export interface CliIo {
  readonly stdout: (chunk: string) => void;
  readonly stderr: (chunk: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  /** True when stdout is a terminal: single documents are then pretty-printed. */
  readonly isTty: boolean;
}

/**
 * A reader that closed the pipe (`sitrep export | head -1`) wants no more output: exit quietly,
 * as Unix tools do, instead of crashing on the unhandled EPIPE of the next write.
 */
const guarded = new WeakSet<NodeJS.WriteStream>();
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

export function processIo(): CliIo {
  exitQuietlyOnClosedPipe(process.stdout);
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
