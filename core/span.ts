// Source spans: where in the spec text a node came from, carried by every AST and IR node.

/** A half-open range of character offsets into the spec text; line and column are computed only when a message is printed. */
export interface Span {
  start: number;
  end: number;
}
