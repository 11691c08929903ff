// GET /api/v1/documents/:id (a stored document with its text, annotations and events) and
// POST /api/v1/documents (one document as JSON, or many as JSON Lines: coded, stored, announced).
import type { FastifyInstance } from "fastify";
import { type StoredMentionFields, storedMentionsOf } from "../annotate/mention-stored-form.ts";
import { fromStoredSentence, type StoredSentence } from "../annotate/token-stored-form.ts";
import { SitrepError } from "../errors.ts";
import type { Store } from "../store/index.ts";
import type { DocumentIntake } from "./document-intake.ts";

const JSONL_TYPES = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"];

export function registerDocumentRoutes(
  app: FastifyInstance,
  store: Store,
  intake: DocumentIntake,
  bodyLimit: number,
): void {
  app.addContentTypeParser(JSONL_TYPES, { parseAs: "string", bodyLimit }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    "/api/v1/documents/:id",
    {
      config: { scope: "read" },
      schema: {
        summary: "A stored document: metadata, extracted text, annotations and its events",
        tags: ["documents"],
        params: { type: "object", properties: { id: { type: "string", maxLength: 200 } }, required: ["id"] },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const doc = await store.documentDetail(id);
      if (!doc) throw new SitrepError("E_API_NOT_FOUND", `no document ${id}`);
      return { ...doc, annotations: withFullTokens(doc.article, doc.annotations) };
    },
  );

  app.post(
    "/api/v1/documents",
    {
      config: { scope: "write" },
      bodyLimit,
      schema: {
        summary: "Code and store documents",
        description:
          'One document as JSON `{"text" | "html", "url"?, "date"?, "id"?}`, or many as JSON Lines (Content-Type application/x-ndjson), one such object a line. Replies with each document\'s outcome, key and events; a document already stored is `skipped`.',
        tags: ["documents"],
        body: {
          oneOf: [
            {
              type: "object",
              properties: {
                id: { type: "string", maxLength: 500 },
                text: { type: "string" },
                html: { type: "string" },
                url: { type: "string", maxLength: 4000 },
                date: { type: "string", maxLength: 40 },
                clean: { type: "boolean" },
              },
              additionalProperties: false,
              anyOf: [{ required: ["text"] }, { required: ["html"] }],
            },
            { type: "string", description: "JSON Lines" },
          ],
        },
      },
    },
    async (request, reply) => {
      const single = typeof request.body !== "string";
      const jsonl = single ? JSON.stringify(request.body) : (request.body as string);
      const documents = await intake.ingestLines(jsonl);
      if (single && documents[0]?.outcome === "failed") {
        reply.code(400);
        const e = documents[0].error ?? {
          code: "E_API_BAD_REQUEST",
          message: "the document could not be coded",
        };
        return { error: { ...e, field: "body" }, documents };
      }
      reply.code(documents.some((d) => d.outcome === "stored") ? 201 : 200);
      return { documents };
    },
  );
}

/** The store keeps tokens and mentions compactly (`packedTokens`, `packedMentions`: offsets into
 * the text); API clients get them as they always did, one object a token with its text, lemma and
 * tag, and one object a mention. */
function withFullTokens(article: unknown, annotations: unknown): unknown {
  const text = (article as { text?: unknown } | null)?.text;
  const stored = annotations as ({ sentences?: unknown } & StoredMentionFields) | null;
  if (typeof text !== "string" || !stored || !Array.isArray(stored.sentences)) return annotations;
  const sentences = (stored.sentences as StoredSentence[]).map((s) => fromStoredSentence(text, s));
  const { packedMentions: _packed, ...rest } = stored;
  return { ...rest, sentences, mentions: storedMentionsOf(text, stored) };
}
