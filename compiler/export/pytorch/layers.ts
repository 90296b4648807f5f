// Per-layer knowledge of the PyTorch exporter: each layer kind's Python class (channels-last, parameters in mdlc's layout) and
// how its constructor call is written from the checked node; a table keyed by kind, so a new LayerKind fails tsc until it has one.
import type { LayerKind } from '../../check/types.js';
import { py } from './python-text.js';
import { activation, bool, dims, has, initArgs, type LayerExport, num } from './layer-common.js';
import { convExports } from './layers-conv.js';

export type { LayerExport, LayerNode } from './layer-common.js';

/** Every layer's export. Adding a LayerKind without one fails to compile. */
export const layerExports: Record<LayerKind, LayerExport> = {
  Dense: {
    python: String.raw`
class Dense(nn.Module):
    """x @ kernel (+ bias) over the last axis, then the activation; kernel [in, units] as mdlc stores it (nn.Linear's is [units, in])."""

    def __init__(self, inputs, units, use_bias=True, activation=None):
        super().__init__()
        self.kernel = nn.Parameter(torch.zeros(inputs, units))
        self.bias = nn.Parameter(torch.zeros(units)) if use_bias else None
        self.activation = activation

    def forward(self, x):
        y = torch.matmul(x, self.kernel)
        if self.bias is not None:
            y = y + self.bias
        return activate(y, self.activation)
`,
    args: ['units', 'activation', 'use_bias', ...initArgs],
    construct: (n, [x]) => `${dims(x).at(-1)}, ${num(n, 'units')}${has(n, 'bias') ? '' : ', use_bias=False'}${activation(n)}`,
  },
  Embedding: {
    python: String.raw`
class Embedding(nn.Module):
    """Rows of a table [vocab, dim] picked by integer ids."""

    def __init__(self, vocab, dim):
        super().__init__()
        self.embeddings = nn.Parameter(torch.zeros(vocab, dim))

    def forward(self, ids):
        return F.embedding(ids.long(), self.embeddings)
`,
    args: ['vocab', 'dim', 'init', 'mask_zero'],
    construct: (n) =>
      bool(n, 'mask_zero') ? { refuse: 'its padding mask (mask_zero=true) changes what later layers compute, and the PyTorch export does not carry masks yet', hint: 'train masked specs with mdlc itself for now' } : `${num(n, 'vocab')}, ${num(n, 'dim')}`,
  },
  PositionalEmbedding: {
    python: String.raw`
class PositionalEmbedding(nn.Module):
    """Adds a learned vector per position: x [B, L, D] + positions[:L]."""

    def __init__(self, max_length, width):
        super().__init__()
        self.positions = nn.Parameter(torch.zeros(max_length, width))

    def forward(self, x):
        return x + self.positions[: x.shape[1]]
`,
    args: ['max_length', 'init'],
    construct: (n, [x]) => `${num(n, 'max_length')}, ${dims(x).at(-1)}`,
  },
  LayerNorm: {
    python: String.raw`
class LayerNorm(nn.Module):
    """(x - mean) / sqrt(variance + epsilon) over the last axis, then gamma and beta, as mdlc computes it."""

    def __init__(self, width, epsilon=1e-3, scale=True, center=True):
        super().__init__()
        self.gamma = nn.Parameter(torch.ones(width)) if scale else None
        self.beta = nn.Parameter(torch.zeros(width)) if center else None
        self.epsilon = epsilon

    def forward(self, x):
        centered = x - x.mean(dim=-1, keepdim=True)
        y = centered / torch.sqrt((centered * centered).mean(dim=-1, keepdim=True) + self.epsilon)
        if self.gamma is not None:
            y = y * self.gamma
        if self.beta is not None:
            y = y + self.beta
        return y
`,
    args: ['epsilon', 'center', 'scale'],
    construct: (n, [x]) => `${dims(x).at(-1)}, epsilon=${py(num(n, 'epsilon'))}${has(n, 'gamma') ? '' : ', scale=False'}${has(n, 'beta') ? '' : ', center=False'}`,
  },
  RMSNorm: {
    python: String.raw`
class RMSNorm(nn.Module):
    """x / sqrt(mean(x * x over the last axis) + epsilon), then gamma: PyTorch's definition, as mdlc computes it."""

    def __init__(self, width, epsilon=1e-6, scale=True):
        super().__init__()
        self.gamma = nn.Parameter(torch.ones(width)) if scale else None
        self.epsilon = epsilon

    def forward(self, x):
        y = x / torch.sqrt((x * x).mean(dim=-1, keepdim=True) + self.epsilon)
        return y * self.gamma if self.gamma is not None else y
`,
    args: ['epsilon', 'scale'],
    construct: (n, [x]) => `${dims(x).at(-1)}, epsilon=${py(num(n, 'epsilon'))}${has(n, 'gamma') ? '' : ', scale=False'}`,
  },
  GroupNorm: {
    python: String.raw`
class GroupNorm(nn.Module):
    """Channels-last GroupNorm: the last axis in \`groups\` groups, each normalised with every other axis but the batch
    (biased variance), then gamma and beta per channel: PyTorch's definition on mdlc's layout."""

    def __init__(self, width, groups, epsilon=1e-5, scale=True, center=True):
        super().__init__()
        self.gamma = nn.Parameter(torch.ones(width)) if scale else None
        self.beta = nn.Parameter(torch.zeros(width)) if center else None
        self.groups, self.epsilon = groups, epsilon

    def forward(self, x):
        shape = x.shape
        g = x.reshape(shape[0], -1, self.groups, shape[-1] // self.groups)
        mean = g.mean(dim=(1, 3), keepdim=True)
        centered = g - mean
        y = (centered / torch.sqrt((centered * centered).mean(dim=(1, 3), keepdim=True) + self.epsilon)).reshape(shape)
        if self.gamma is not None:
            y = y * self.gamma
        if self.beta is not None:
            y = y + self.beta
        return y
`,
    args: ['groups', 'epsilon', 'center', 'scale'],
    construct: (n, [x]) => `${dims(x).at(-1)}, ${num(n, 'groups')}, epsilon=${py(num(n, 'epsilon'))}${has(n, 'gamma') ? '' : ', scale=False'}${has(n, 'beta') ? '' : ', center=False'}`,
  },
  BatchNorm: {
    python: String.raw`
class BatchNorm(nn.Module):
    """Keras' BatchNormalization over the last axis: batch statistics (biased variance) while training, which also move
    moving_mean and moving_variance (buffers, mdlc's layer variables) by moving * momentum + batch * (1 - momentum);
    the moving statistics in eval mode. Under DistributedDataParallel each process normalises by its own rows."""

    def __init__(self, width, momentum=0.99, epsilon=1e-3, scale=True, center=True):
        super().__init__()
        self.gamma = nn.Parameter(torch.ones(width)) if scale else None
        self.beta = nn.Parameter(torch.zeros(width)) if center else None
        self.register_buffer('moving_mean', torch.zeros(width))
        self.register_buffer('moving_variance', torch.ones(width))
        self.momentum, self.epsilon = momentum, epsilon

    def forward(self, x):
        if self.training:
            axes = tuple(range(x.dim() - 1))
            mean = x.mean(dim=axes)
            d = x - mean
            variance = (d * d).mean(dim=axes)
            with torch.no_grad():
                self.moving_mean.mul_(self.momentum).add_(mean * (1.0 - self.momentum))
                self.moving_variance.mul_(self.momentum).add_(variance * (1.0 - self.momentum))
        else:
            mean, variance = self.moving_mean, self.moving_variance
        y = (x - mean) / torch.sqrt(variance + self.epsilon)
        if self.gamma is not None:
            y = y * self.gamma
        if self.beta is not None:
            y = y + self.beta
        return y
`,
    args: ['momentum', 'epsilon', 'center', 'scale'],
    construct: (n, [x]) => `${dims(x).at(-1)}, momentum=${py(num(n, 'momentum'))}, epsilon=${py(num(n, 'epsilon'))}${has(n, 'gamma') ? '' : ', scale=False'}${has(n, 'beta') ? '' : ', center=False'}`,
  },
  Dropout: {
    python: String.raw`
class Dropout(nn.Module):
    """Inverted dropout while training (zero with probability rate, the rest times 1 / (1 - rate)); PyTorch draws the masks."""

    def __init__(self, rate):
        super().__init__()
        self.rate = rate

    def forward(self, x):
        return F.dropout(x, self.rate, self.training) if self.rate > 0 else x
`,
    args: ['rate'],
    construct: (n) => py(num(n, 'rate')),
  },
  MultiHeadAttention: {
    python: String.raw`
class MultiHeadAttention(nn.Module):
    """Scaled dot-product attention with separate query/key/value/output projections (mdlc's Dense layout), scores / sqrt(dk),
    an optional causal mask, softmax, optional dropout on the weights."""

    def __init__(self, width, context_width, heads, causal=False, dropout=0.0, use_bias=True):
        super().__init__()
        self.query = Dense(width, width, use_bias)
        self.key = Dense(context_width, width, use_bias)
        self.value = Dense(context_width, width, use_bias)
        self.output = Dense(width, width, use_bias)
        self.heads, self.causal, self.dropout = heads, causal, dropout

    def forward(self, x, context=None):
        c = x if context is None else context
        b, sq, width = x.shape
        sk, dk = c.shape[1], width // self.heads

        def split(t, s):
            return t.reshape(b, s, self.heads, dk).transpose(1, 2)

        q, k, v = split(self.query(x), sq), split(self.key(c), sk), split(self.value(c), sk)
        scores = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(dk))
        if self.causal:
            allowed = torch.ones(sq, sk, dtype=torch.bool, device=x.device).tril()
            scores = torch.where(allowed, scores, torch.full_like(scores, NEG_LARGE))
        weights = torch.softmax(scores, dim=-1)
        if self.dropout > 0:
            weights = F.dropout(weights, self.dropout, self.training)
        mixed = torch.matmul(weights, v).transpose(1, 2).reshape(b, sq, width)
        return self.output(mixed)
`,
    args: ['heads', 'causal', 'dropout', 'use_bias', ...initArgs],
    construct: (n, inputs) =>
      `${dims(inputs[0]).at(-1)}, ${dims(inputs[1] ?? inputs[0]).at(-1)}, ${num(n, 'heads')}${bool(n, 'causal') ? ', causal=True' : ''}${num(n, 'dropout') > 0 ? `, dropout=${py(num(n, 'dropout'))}` : ''}${has(n, 'query.bias') ? '' : ', use_bias=False'}`,
  },
  Flatten: {
    python: String.raw`
class Flatten(nn.Module):
    """Every axis after the batch into one, row-major (channels-last order, as mdlc)."""

    def forward(self, x):
        return x.reshape(x.shape[0], -1)
`,
    args: [],
    construct: () => '',
  },
  Reshape: {
    python: String.raw`
class Reshape(nn.Module):
    """The axes after the batch to a new shape, row-major."""

    def __init__(self, shape):
        super().__init__()
        self.shape = tuple(shape)

    def forward(self, x):
        return x.reshape(x.shape[0], *self.shape)
`,
    args: ['shape'],
    construct: (n) => py(dims(n.type), true),
  },
  Concat: {
    python: String.raw`
class Concat(nn.Module):
    """Tensors joined along an axis."""

    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def forward(self, *xs):
        return torch.cat(xs, dim=self.axis)
`,
    args: ['axis'],
    construct: (n) => `axis=${num(n, 'axis')}`,
  },
  ...convExports,
  SimpleRNN: notYet('SimpleRNN'),
  LSTM: notYet('LSTM'),
  GRU: notYet('GRU'),
  Bidirectional: notYet('Bidirectional'),
};

/** A layer the export refuses for now, with a located E0713: the recurrent layers (unrolled in mdlc, with masks). */
function notYet(kind: string): LayerExport {
  return {
    python: '',
    args: [],
    construct: () => ({ refuse: `the recurrent layers (${kind}) are not in the PyTorch export yet`, hint: 'train recurrent specs with mdlc itself for now; docs/scale.md lists what is exported' }),
  };
}
