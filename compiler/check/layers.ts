// The built-in layers, one table joined from the family files in layers/ (each: arguments, input count, shape rule and
// parameters with Keras' default initializers), with Keras' other names for them.
import type { LayerKind } from './types.js';
import type { LayerRule } from './layers/common.js';
import { attentionLayers } from './layers/attention.js';
import { convLayers } from './layers/conv.js';
import { denseLayers } from './layers/dense.js';
import { normLayers } from './layers/norm.js';
import { recurrentLayers } from './layers/recurrent.js';
import { shapeLayers } from './layers/shape.js';

export { activations, type LayerContext, type LayerInput, type LayerParam, type LayerRule, type LayerVariable } from './layers/common.js';

/** Every built-in layer, keyed by the name users write (in the order hints list them). Adding a LayerKind without a rule fails to compile. */
export const layers: Record<LayerKind, LayerRule> = {
  Dense: denseLayers.Dense,
  Embedding: denseLayers.Embedding,
  PositionalEmbedding: denseLayers.PositionalEmbedding,
  LayerNorm: normLayers.LayerNorm,
  BatchNorm: normLayers.BatchNorm,
  RMSNorm: normLayers.RMSNorm,
  GroupNorm: normLayers.GroupNorm,
  Dropout: normLayers.Dropout,
  MultiHeadAttention: attentionLayers.MultiHeadAttention,
  Flatten: shapeLayers.Flatten,
  Reshape: shapeLayers.Reshape,
  Concat: shapeLayers.Concat,
  Conv2D: convLayers.Conv2D,
  MaxPool2D: convLayers.MaxPool2D,
  AvgPool2D: convLayers.AvgPool2D,
  Conv1D: convLayers.Conv1D,
  Conv2DTranspose: convLayers.Conv2DTranspose,
  GlobalAvgPool1D: convLayers.GlobalAvgPool1D,
  GlobalAvgPool2D: convLayers.GlobalAvgPool2D,
  GlobalMaxPool1D: convLayers.GlobalMaxPool1D,
  GlobalMaxPool2D: convLayers.GlobalMaxPool2D,
  UpSampling2D: convLayers.UpSampling2D,
  SimpleRNN: recurrentLayers.SimpleRNN,
  LSTM: recurrentLayers.LSTM,
  GRU: recurrentLayers.GRU,
  Bidirectional: recurrentLayers.Bidirectional,
};

/** Keras' names of layers that mdlc calls otherwise, for the checker's hint on an unknown name. */
export const layerAliases: Record<string, LayerKind> = {
  BatchNormalization: 'BatchNorm',
  LayerNormalization: 'LayerNorm',
  RMSNormalization: 'RMSNorm',
  GroupNormalization: 'GroupNorm',
  MaxPooling2D: 'MaxPool2D',
  AveragePooling2D: 'AvgPool2D',
  Convolution1D: 'Conv1D',
  Convolution2D: 'Conv2D',
  Convolution2DTranspose: 'Conv2DTranspose',
  GlobalAveragePooling1D: 'GlobalAvgPool1D',
  GlobalAveragePooling2D: 'GlobalAvgPool2D',
  GlobalMaxPooling1D: 'GlobalMaxPool1D',
  GlobalMaxPooling2D: 'GlobalMaxPool2D',
};

/** Whether a name is a built-in layer. */
export function isLayer(name: string): name is LayerKind {
  return Object.prototype.hasOwnProperty.call(layers, name);
}
