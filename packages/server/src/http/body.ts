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
export async function readJsonBody(request: Request, limit = BODY_LIMIT): Promise<unknown> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    await request.body?.cancel().catch(() => undefined);
    throw new ProblemError('payload-too-large', 413);
  }
  const contentType = request.headers.get('content-type');
  const mayHaveBody = request.body !== null && declared !== '0';
  if (contentType !== null && !isJson(contentType) && mayHaveBody) {
    await request.body?.cancel().catch(() => undefined);
    throw new ProblemError('unsupported-media-type', 415);
  }
  const bytes = await readLimited(request, limit);
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
