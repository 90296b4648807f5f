// The worker API: WorkerModel on the page, serveModel in the worker, and the protocol's types between them.
export { WorkerModel, WorkerCallError, type WorkerCreateOptions } from './client.js';
export { serveModel, errorData } from './serve.js';
export { WorkerUsageError, workerProtocolVersion, type Endpoint, type ErrorData, type ModelInfo, type Reply, type Request, type WorkerData, type WorkerFitOptions } from './protocol.js';
