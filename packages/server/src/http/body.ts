import type { IncomingMessage } from 'node:http';
import { ProblemError } from './problem';

/** The largest request body accepted: 16 KiB. */
export const BODY_LIMIT = 16 * 1024;

const isJson = (contentType: string) => {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
};

/**
 * Reads a request's JSON body: `undefined` when there is none; `413 payload-too-large` past
 * `limit` bytes (by `Content-Length`, or counted while reading); `415 unsupported-media-type`
 * unless it is JSON; `400 malformed-request` when it is not UTF-8 JSON.
 */
export async function readJsonBody(request: Request, limit = BODY_LIMIT, incoming?: IncomingMessage): Promise<unknown> {
  const declared = request.headers.get('content-length');
  // An unread Node stream is drained by the HTTP server after the answer; a WHATWG one is cancelled.
  const discard = async () => {
    if (!incoming) await request.body?.cancel().catch(() => undefined);
  };
  if (declared !== null && Number(declared) > limit) {
    await discard();
    throw new ProblemError('payload-too-large', 413);
  }
  const contentType = request.headers.get('content-type');
  const mayHaveBody = declared !== '0' && (incoming ? declared !== null || request.headers.has('transfer-encoding') : request.body !== null);
  if (contentType !== null && !isJson(contentType) && mayHaveBody) {
    await discard();
    throw new ProblemError('unsupported-media-type', 415);
  }
  // On Node, read the socket's stream directly: building a WHATWG stream for 300 bytes costs more
  // than the rest of a booking.
  const bytes = incoming ? await readIncoming(incoming, limit) : await readLimited(request, limit);
  if (bytes.byteLength === 0) return undefined;
  if (contentType === null || !isJson(contentType)) throw new ProblemError('unsupported-media-type', 415);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProblemError('malformed-request', 400);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ProblemError('malformed-request', 400);
  }
}

function readIncoming(incoming: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (error?: unknown) => {
      incoming.off('data', onData).off('end', onEnd).off('error', done).off('close', onClose);
      if (error) reject(error);
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        incoming.pause();
        done(new ProblemError('payload-too-large', 413));
      } else chunks.push(chunk);
    };
    const onEnd = () => done();
    const onClose = () => (incoming.readableEnded ? done() : done(new ProblemError('malformed-request', 400)));
    if (incoming.readableEnded) return resolve(new Uint8Array(0));
    incoming.on('data', onData).on('end', onEnd).on('error', done).on('close', onClose);
  });
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ProblemError('payload-too-large', 413);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
