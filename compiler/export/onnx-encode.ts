// An OnnxGraph + metadata -> the bytes of an ONNX ModelProto, encoded by onnx-proto (protobufjs code of the ONNX schema).
import onnxProto from 'onnx-proto';
import type { Attr, Initializer, OnnxDType, OnnxGraph, ValueInfo } from './onnx-graph.js';

const { onnx } = onnxProto;
type DataType = (typeof onnx.TensorProto.DataType)[keyof typeof onnx.TensorProto.DataType];
type AttrType = (typeof onnx.AttributeProto.AttributeType)[keyof typeof onnx.AttributeProto.AttributeType];

/** The opset the graph is written for: 17 has LayerNormalization, and is the newest the ONNX 1.12 checker knows. */
export const ONNX_OPSET = 17;
/** The ONNX IR version that goes with opset 17. */
export const ONNX_IR_VERSION = 8;

/** What the model says about itself besides its graph. */
export interface ModelInfo {
  graphName: string;
  producerVersion: string;
  docString: string;
  metadata: Record<string, string>;
}

/** Each element type's ONNX data type. Adding an OnnxDType without one fails to compile. */
const dataTypes: Record<OnnxDType, () => DataType> = {
  f32: () => onnx.TensorProto.DataType.FLOAT,
  i32: () => onnx.TensorProto.DataType.INT32,
  i64: () => onnx.TensorProto.DataType.INT64,
  bool: () => onnx.TensorProto.DataType.BOOL,
};

/** Little-endian bytes of a tensor's values (ONNX's raw_data is little-endian whatever the machine). */
function rawData(t: Initializer): Uint8Array {
  const n = t.data.length;
  const width: Record<OnnxDType, number> = { f32: 4, i32: 4, i64: 8, bool: 1 };
  const bytes = new Uint8Array(n * width[t.dtype]);
  const view = new DataView(bytes.buffer);
  const write: Record<OnnxDType, (i: number, v: number | boolean) => void> = {
    f32: (i, v) => view.setFloat32(i * 4, Number(v), true),
    i32: (i, v) => view.setInt32(i * 4, Number(v), true),
    i64: (i, v) => view.setBigInt64(i * 8, BigInt(Number(v)), true),
    bool: (i, v) => view.setUint8(i, v ? 1 : 0),
  };
  for (let i = 0; i < n; i++) write[t.dtype](i, t.data[i]);
  return bytes;
}

function tensor(t: Initializer): InstanceType<typeof onnx.TensorProto> {
  return onnx.TensorProto.create({ name: t.name, dataType: dataTypes[t.dtype](), dims: t.dims, rawData: rawData(t) });
}

function valueInfo(v: ValueInfo): InstanceType<typeof onnx.ValueInfoProto> {
  const dim = v.dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d }));
  return onnx.ValueInfoProto.create({ name: v.name, type: { tensorType: { elemType: dataTypes[v.dtype](), shape: { dim } } } });
}

/** One attribute as ONNX writes it: its type tag and the field of that type. */
function attribute(name: string, a: Attr): InstanceType<typeof onnx.AttributeProto> {
  const T = onnx.AttributeProto.AttributeType;
  const typed = (type: AttrType, fields: object) => onnx.AttributeProto.create({ name, type, ...fields });
  if ('int' in a) return typed(T.INT, { i: a.int });
  if ('float' in a) return typed(T.FLOAT, { f: a.float });
  if ('ints' in a) return typed(T.INTS, { ints: [...a.ints] });
  if ('floats' in a) return typed(T.FLOATS, { floats: [...a.floats] });
  return typed(T.STRING, { s: new TextEncoder().encode(a.string) });
}

/** Encodes the graph as an ONNX model (opset 17 of the default domain), with its metadata as metadata_props. */
export function encodeModel(g: OnnxGraph, info: ModelInfo): Uint8Array {
  const graph = onnx.GraphProto.create({
    name: info.graphName,
    node: g.nodes.map((n) => onnx.NodeProto.create({ name: n.name, opType: n.op, input: n.inputs, output: n.outputs, attribute: Object.entries(n.attrs).map(([k, a]) => attribute(k, a)) })),
    initializer: g.initializers.map(tensor),
    input: g.inputs.map(valueInfo),
    output: g.outputs.map(valueInfo),
  });
  const model = onnx.ModelProto.create({
    irVersion: ONNX_IR_VERSION,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: 'mdlc',
    producerVersion: info.producerVersion,
    docString: info.docString,
    graph,
    metadataProps: Object.entries(info.metadata).map(([key, value]) => ({ key, value })),
  });
  return onnx.ModelProto.encode(model).finish();
}
