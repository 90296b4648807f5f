// A ready-made Web Worker script: serves one model to the page's WorkerModel. Bundle it as the worker
// (`new Worker(new URL('mdlc-worker.js', import.meta.url), { type: 'module' })`), or call serveModel() in a worker of your own.
import { serveModel } from './serve.js';

serveModel();
