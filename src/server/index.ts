/**
 * `tidings serve`: the JSON API and the web reader over a store.
 */
export { createApp, CONTENT_SECURITY_POLICY } from './app.js';
export { HttpError, type ErrorDetail } from './errors.js';
export { defaultServerOptions, type AppOptions, type ServerOptions } from './options.js';
export { startServer, type RunningServer, type StartServerOptions } from './listen.js';
