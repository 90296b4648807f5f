// The Keras-compatible tokenizer, which lives in runtime/data/tokenizer.ts so a browser can prepare raw text too; re-exported for node/data.
export * from '../../../runtime/data/tokenizer.js';
