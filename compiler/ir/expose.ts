// Which intermediate tensors a compilation adds to predict's outputs (`expose`), and the layers' offers of them ->
// extra predict outputs named `<layer path>.<kind>`, with the record the manifest keeps of each (ManifestIntermediate).
import type { Span } from '../../core/span.js';
import type { Binding } from '../../core/ir.js';
import type { IntermediateKind, Manifest, ManifestIntermediate } from '../../core/artifact.js';
import { InternalError, type SourceFile } from '../../core/diagnostic.js';
import type { LayerNode } from './lower-context.js';

/** What each kind of intermediate is, and the meaning of its axes after the batch (as the manifest reports them). */
export const intermediateKinds: Record<IntermediateKind, { what: string; axes: string[] }> = {
  attention_weights: { what: "a MultiHeadAttention layer's softmax weights (before dropout): each query's weights over the keys sum to 1", axes: ['batch', 'head', 'query', 'key'] },
};

/** A tensor a layer rule offers to expose: the layer, its span, and the IR node (made only when the kind is asked for). */
export interface Exposed {
  kind: IntermediateKind;
  layer: string;
  span: Span;
  name: string;
  node: number;
}

/** Collects the intermediates a predict program exposes: only the kinds asked for, one per layer and kind. */
export class Exposure {
  readonly exposed: Exposed[] = [];
  constructor(private readonly kinds: ReadonlySet<IntermediateKind>) {}

  /** A layer rule's offer: `make` builds the tensor (batch first) only when its kind is exposed, so other programs gain no nodes. */
  offer(kind: IntermediateKind, layer: LayerNode, make: () => number): void {
    if (!this.kinds.has(kind)) return;
    const name = `${layer.path}.${kind}`;
    if (this.exposed.some((e) => e.name === name)) throw new InternalError(`${name} is exposed twice`);
    this.exposed.push({ kind, layer: layer.path, span: layer.span, name, node: make() });
  }

  /** The exposed tensors as program outputs. */
  outputs(): Binding[] {
    return this.exposed.map((e) => ({ name: e.name, node: e.node }));
  }
}

/** The manifest's record of each exposed tensor: its output name, kind, layer, spec line, shape and axes. */
export function describeIntermediates(exposed: readonly Exposed[], shapeOf: (name: string) => number[], file?: SourceFile): ManifestIntermediate[] {
  return exposed.map((e) => ({
    output: e.name,
    kind: e.kind,
    layer: e.layer,
    source: file ? `${file.path}:${file.position(e.span.start).line}` : `offset ${e.span.start}`,
    shape: shapeOf(e.name),
    axes: intermediateKinds[e.kind].axes,
  }));
}

/** The shape of a predict output, by name, from a manifest. */
export function predictShape(manifest: Manifest): (name: string) => number[] {
  return (name) => {
    const o = manifest.programs.find((p) => p.name === 'predict')?.outputs.find((x) => x.name === name);
    if (!o) throw new InternalError(`exposed tensor ${name} is not a predict output`);
    return o.shape;
  };
}
