// Delivers one alert firing to a webhook: a JSON POST signed with HMAC-SHA256 of the exact body
// (`X-Sitrep-Signature: sha256=<hex>`), retried with exponential backoff and jitter, never following
// redirects, and through the SSRF guard. Returns what happened so the firing records it.
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { SitrepError } from "../errors.ts";
import { checkUrlScheme, guardedLookup, isPrivateAddress } from "./address-guard.ts";

export interface DeliveryOptions {
  readonly allowPrivate: boolean;
  readonly attempts: number;
  /** First retry delay; each later one doubles, plus up to 50% jitter. */
  readonly backoffMs: number;
  readonly timeoutMs: number;
}

export const DEFAULT_DELIVERY: DeliveryOptions = {
  allowPrivate: false,
  attempts: 4,
  backoffMs: 1000,
  timeoutMs: 5000,
};

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

function postOnce(
  url: URL,
  body: string,
  headers: Record<string, string>,
  o: DeliveryOptions,
): Promise<number> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && isPrivateAddress(host) && !o.allowPrivate)
    return Promise.reject(new SitrepError("E_URL_PRIVATE", `${url.host} is a private address`));
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: "POST",
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
        lookup: guardedLookup(o.allowPrivate) as never,
        timeout: o.timeoutMs,
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${o.timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}

export async function deliverWebhook(
  target: string,
  secret: string,
  payload: unknown,
  deliveryId: string,
  o: DeliveryOptions = DEFAULT_DELIVERY,
): Promise<{ ok: boolean; attempts: number; status: number | null; error: string | null }> {
  const url = checkUrlScheme(target);
  const body = JSON.stringify(payload);
  const headers = {
    "content-type": "application/json",
    "user-agent": "Sitrep-Alerts/0.1",
    "x-sitrep-delivery": deliveryId,
    "x-sitrep-signature": signBody(secret, body),
  };
  let status: number | null = null;
  let error: string | null = null;
  for (let attempt = 1; attempt <= o.attempts; attempt++) {
    try {
      status = await postOnce(url, body, headers, o);
      error = null;
      if (status >= 200 && status < 300) return { ok: true, attempts: attempt, status, error };
      // A receiver that says the request is wrong will say so again: only 408, 429 and 5xx are retried.
      if (status < 500 && status !== 408 && status !== 429)
        return { ok: false, attempts: attempt, status, error };
    } catch (e) {
      error = (e as Error).message;
      if ((e as SitrepError).code === "E_URL_PRIVATE") return { ok: false, attempts: attempt, status, error };
    }
    if (attempt < o.attempts) {
      const delay = o.backoffMs * 2 ** (attempt - 1);
      await new Promise((r) => setTimeout(r, delay + Math.random() * delay * 0.5));
    }
  }
  return { ok: false, attempts: o.attempts, status, error };
}
