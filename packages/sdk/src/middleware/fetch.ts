/**
 * The shape of `fetch` inside the client: openapi-fetch calls it with a `Request` (and, in Node, an
 * optional `RequestInit` extension it forwards as is).
 */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;
