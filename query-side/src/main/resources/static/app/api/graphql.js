// The one way the storefront talks to the API. Each operation lives in its own file, app/graphql/<Name>.graphql,
// named like its operation; a JVM test validates every file against the served schema.
//
// Read your own writes (docs/graphql.md): a mutation's answer carries extensions.consistencyToken, an opaque token.
// It is kept for the tab and sent back as the request extension {"consistentWith": …} on the requests of the next
// half minute, so the read models answer only once they have caught up with what this buyer did (later, they long
// have, and the server is spared the wait). A field refused with STALE_READ came before they had (the server
// stopped waiting); the page says so through a "forecourt:stale" event.
import { ApiError, fromGraphqlError } from './errors.js';
import { session } from '../auth/session.js';

const CONSISTENCY_KEY = 'forecourt.consistentWith';
const CONSISTENCY_WINDOW_MS = 30_000;
const documents = new Map();

/** The text of an operation, fetched once per page load. */
export function operation(name) {
  if (!/^[A-Z][A-Za-z]+$/.test(name)) throw new Error(`Not an operation name: ${name}`);
  if (!documents.has(name)) {
    const text = fetch(`/app/graphql/${name}.graphql`, { credentials: 'omit' }).then((response) => {
      if (!response.ok) throw new ApiError('UNEXPECTED_RESPONSE');
      return response.text();
    });
    text.catch(() => documents.delete(name));
    documents.set(name, text);
  }
  return documents.get(name);
}

function consistencyToken() {
  try {
    const kept = JSON.parse(sessionStorage.getItem(CONSISTENCY_KEY) ?? 'null');
    return kept && Date.now() - kept.at < CONSISTENCY_WINDOW_MS ? kept.token : null;
  } catch {
    return null;
  }
}

function remember(extensions, errors) {
  if (typeof extensions?.consistencyToken === 'string') {
    try {
      sessionStorage.setItem(CONSISTENCY_KEY, JSON.stringify({ token: extensions.consistencyToken, at: Date.now() }));
    } catch {
      // storage may be off; reads are then only eventually consistent
    }
  }
  if (errors.some((error) => error?.extensions?.code === 'STALE_READ')) {
    window.dispatchEvent(new CustomEvent('forecourt:stale'));
  }
}

/**
 * Runs an operation over HTTP and resolves with its data, or rejects with an ApiError whose words can be shown.
 * {partial: true} resolves with {data, errors} instead of rejecting when some fields failed.
 */
export async function graphql(name, variables = {}, { signal, partial = false } = {}) {
  const query = await operation(name);
  const body = { query, operationName: name, variables };
  const token = consistencyToken();
  if (token) body.extensions = { consistentWith: token };
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
  };
  const accessToken = await session.accessToken();
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;

  let response;
  try {
    // no cookies and no cached HTTP Basic credentials: the bearer token alone says who is asking
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(body), credentials: 'omit', signal });
  } catch (failure) {
    if (failure?.name === 'AbortError') throw failure;
    throw new ApiError('NETWORK');
  }
  let payload;
  try {
    payload = await response.json();
  } catch (failure) {
    if (failure?.name === 'AbortError') throw failure;
    throw new ApiError(response.status === 429 ? 'TOO_MANY_REQUESTS' : 'UNEXPECTED_RESPONSE');
  }
  if (response.status === 401 && accessToken) {
    session.expired();
  }
  const errors = Array.isArray(payload?.errors) ? payload.errors : [];
  remember(payload?.extensions, errors);
  if (partial && payload?.data) {
    return { data: payload.data, errors: errors.map(fromGraphqlError) };
  }
  if (errors.length > 0) throw fromGraphqlError(errors[0]);
  if (!payload || typeof payload.data !== 'object' || payload.data === null) throw new ApiError('UNEXPECTED_RESPONSE');
  return payload.data;
}
