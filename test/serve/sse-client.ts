// A minimal Server-Sent Events client for tests: connects with optional headers, parses messages
// (id, event, data) as they arrive, and waits for a message that satisfies a predicate.
import { get, type IncomingMessage } from "node:http";

export interface SseMessage {
  readonly id: string | null;
  readonly event: string;
  readonly data: string;
}

export interface SseClient {
  readonly messages: SseMessage[];
  readonly status: number;
  waitFor(match: (m: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  close(): void;
}

export function connectSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const messages: SseMessage[] = [];
    const waiters: { match: (m: SseMessage) => boolean; done: (m: SseMessage) => void }[] = [];
    const req = get(url, { headers: { accept: "text/event-stream", ...headers } }, (res: IncomingMessage) => {
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
          let id: string | null = null;
          let event = "message";
          const data: string[] = [];
          for (const line of block.split("\n")) {
            if (line.startsWith("id: ")) id = line.slice(4);
            else if (line.startsWith("event: ")) event = line.slice(7);
            else if (line.startsWith("data: ")) data.push(line.slice(6));
          }
          if (!data.length) continue; // comments, retry and heartbeats
          const m = { id, event, data: data.join("\n") };
          messages.push(m);
          for (const w of [...waiters]) {
            if (w.match(m)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.done(m);
            }
          }
        }
      });
      resolve({
        messages,
        status: res.statusCode ?? 0,
        waitFor: (match, timeoutMs = 5000) => {
          const found = messages.find(match);
          if (found) return Promise.resolve(found);
          return new Promise((ok, fail) => {
            const timer = setTimeout(
              () => fail(new Error(`no matching SSE message within ${timeoutMs} ms`)),
              timeoutMs,
            );
            waiters.push({
              match,
              done: (m) => {
                clearTimeout(timer);
                ok(m);
              },
            });
          });
        },
        close: () => {
          req.destroy();
          res.destroy();
        },
      });
    });
    req.on("error", reject);
  });
}
