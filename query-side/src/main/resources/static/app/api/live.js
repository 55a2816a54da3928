// Live updates: GraphQL subscriptions over the graphql-transport-ws protocol, with the graphql-ws library's client
// (loaded only by pages that follow something live). One WebSocket per signed-in buyer, opened on first use; the
// bearer token goes in connection_init, the only place a browser WebSocket can carry it.
import { ApiError, fromGraphqlError } from './errors.js';
import { operation } from './graphql.js';
import { session } from '../auth/session.js';

let client = null;
let clientToken = null;

async function connected() {
  const token = await session.accessToken();
  if (client && clientToken === token) return client;
  client?.dispose();
  const { createClient } = await import('graphql-ws');
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  clientToken = token;
  client = createClient({
    url: url.href,
    lazy: true,
    keepAlive: 15_000,
    retryAttempts: 5,
    connectionParams: () => (token ? { Authorization: `Bearer ${token}` } : {}),
  });
  return client;
}

function asError(failure) {
  if (Array.isArray(failure) && failure.length > 0) return fromGraphqlError(failure[0]);
  if (failure && typeof failure.code === 'number') {
    // close codes of the server (docs/security.md): 4401 sign-in refused, 4429 too many sockets
    if (failure.code === 4401 || failure.code === 4403) return new ApiError('UNAUTHENTICATED');
    if (failure.code === 4429) return new ApiError('TOO_MANY_CONNECTIONS');
  }
  return new ApiError('NETWORK');
}

/**
 * Subscribes to an operation of app/graphql; calls next(data) per message, error(ApiError) once if it fails,
 * complete() when the server ends it. Returns a function that stops it.
 */
export function subscribe(name, variables, { next, error = () => {}, complete = () => {} }) {
  let stopped = false;
  let stop = () => {};
  Promise.all([operation(name), connected()]).then(([query, ws]) => {
    if (stopped) return;
    stop = ws.subscribe({ query, operationName: name, variables }, {
      next: (message) => {
        if (Array.isArray(message.errors) && message.errors.length > 0) {
          error(fromGraphqlError(message.errors[0]));
        } else if (message.data) {
          next(message.data);
        }
      },
      error: (failure) => error(asError(failure)),
      complete,
    });
  }).catch((failure) => {
    if (!stopped) error(failure instanceof ApiError ? failure : new ApiError('NETWORK'));
  });
  return () => {
    stopped = true;
    stop();
  };
}

/** Closes the socket, e.g. when the buyer signs out. */
export function disconnect() {
  client?.dispose();
  client = null;
  clientToken = null;
}
