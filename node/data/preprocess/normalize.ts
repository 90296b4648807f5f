// Normalisation statistics, which live in runtime/data/normalize.ts so a browser can prepare raw rows too; re-exported for node/data.
export * from '../../../runtime/data/normalize.js';
