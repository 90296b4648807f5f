// Initializer descriptions: how a parameter tensor is filled before training, shared by the checker, the IR and the runtime.

/** How a parameter tensor is filled before training. */
export interface Initializer {
  kind: InitializerKind;
  /** Resolved arguments, e.g. `{ mean: 0, stddev: 0.05 }`; fan-based kinds have none. */
  args: Record<string, number>;
}

/** The initializer families, named as in Keras (the schemas of IR files and manifests list the same). */
export const initializerKinds = ['zeros', 'ones', 'constant', 'normal', 'truncated_normal', 'uniform', 'glorot_uniform', 'glorot_normal', 'he_uniform', 'he_normal', 'lecun_normal', 'orthogonal', 'unit_forget_bias'] as const;

/** One initializer family. */
export type InitializerKind = (typeof initializerKinds)[number];
