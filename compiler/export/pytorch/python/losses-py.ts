// The losses and learning-rate schedules of mdlc_layers.py (Python text), by the definitions of compiler/ir/lower-training.ts and
// lower-optimizers.ts: each loss gives a value per row (mean over the row's other axes), which training averages over real rows.

/** Python source: per-row losses, the L2 term, and schedules as callables of the 0-based step. */
export const lossesPy = String.raw`

KERAS_EPSILON = 1e-7


def rows(x):
    """Mean over every axis but the batch: one value per row, as mdlc averages a row before the batch."""
    return x.reshape(x.shape[0], -1).mean(dim=1) if x.dim() > 1 else x


def _class_weights(truth, class_weight):
    return (truth * torch.as_tensor(class_weight, dtype=truth.dtype, device=truth.device)).sum(dim=-1)


def cross_entropy(pred, target, sparse, label_smoothing=0.0, class_weight=()):
    classes = pred.shape[-1]
    truth = F.one_hot(target.long(), classes).to(pred.dtype) if sparse else target
    t = truth * (1.0 - label_smoothing) + label_smoothing / classes if label_smoothing > 0 else truth
    per = -(t * torch.log_softmax(pred, dim=-1)).sum(dim=-1)
    return rows(per * _class_weights(truth, class_weight) if class_weight else per)


def _logit_bce(x, z):
    return torch.relu(x) - x * z + torch.log(1.0 + torch.exp(-torch.abs(x)))


def _probability_bce(p, z):
    return -(z * torch.log(p) + (1.0 - z) * torch.log(1.0 - p))


def _binary_weight(z, class_weight):
    return z * class_weight[1] + (1.0 - z) * class_weight[0]


def binary_cross_entropy(pred, target, from_logits=True, class_weight=()):
    bce = _logit_bce(pred, target) if from_logits else _probability_bce(torch.clamp(pred, KERAS_EPSILON, 1 - KERAS_EPSILON), target)
    return rows(bce * _binary_weight(target, class_weight) if class_weight else bce)


def binary_focal_cross_entropy(pred, target, from_logits=True, gamma=2.0, alpha=0.25, apply_class_balancing=False, class_weight=()):
    p = torch.sigmoid(pred) if from_logits else torch.clamp(pred, KERAS_EPSILON, 1 - KERAS_EPSILON)
    bce = _logit_bce(pred, target) if from_logits else _probability_bce(p, target)
    pt = target * p + (1.0 - target) * (1.0 - p)
    if float(gamma).is_integer() and 0 <= gamma <= 64:
        modulating = torch.pow(1.0 - pt, int(gamma))
    else:
        modulating = torch.exp(torch.log(torch.clamp(1.0 - pt, min=1e-30)) * gamma)
    focal = modulating * bce
    if apply_class_balancing:
        focal = focal * (target * alpha + (1.0 - target) * (1.0 - alpha))
    return rows(focal * _binary_weight(target, class_weight) if class_weight else focal)


def mse(pred, target):
    d = pred - target
    return rows(d * d)


def mae(pred, target):
    return rows(torch.abs(pred - target))


def huber(pred, target, delta=1.0):
    a = torch.abs(pred - target)
    q = torch.clamp(a, max=delta)
    return rows(0.5 * q * q + delta * (a - q))


def kl_divergence(pred, target):
    t = torch.clamp(target, KERAS_EPSILON, 1.0)
    p = torch.clamp(pred, KERAS_EPSILON, 1.0)
    return rows((t * torch.log(t / p)).sum(dim=-1))


def cosine_similarity(pred, target):
    def unit(x):
        return x / torch.sqrt(torch.clamp((x * x).sum(dim=-1, keepdim=True), min=1e-12))

    return rows(-(unit(target) * unit(pred)).sum(dim=-1))


def accuracy_counts_classes(pred, target, sparse):
    """(correct, counted) for a cross_entropy model: the argmax against the class id (or the target's argmax)."""
    truth = target.long() if sparse else target.argmax(dim=-1)
    return (pred.argmax(dim=-1) == truth).sum(), truth.numel()


def accuracy_counts_binary(pred, target, cut):
    """(correct, counted) for a binary loss: positive where the prediction passes the cut, against target > 0.5."""
    return ((pred > cut) == (target > 0.5)).sum(), target.numel()


def l2_penalty(model, l2):
    """l2 * sum(w^2) over every kernel (parameters named ...kernel), as mdlc's l2= on a loss."""
    if l2 <= 0:
        return 0.0
    return l2 * sum((p * p).sum() for name, p in model.named_parameters() if name.split('.')[-1] == 'kernel')


class Constant:
    def __init__(self, lr):
        self.lr = lr

    def __call__(self, step):
        return self.lr


class StepDecay:
    def __init__(self, lr, every, factor):
        self.lr, self.every, self.factor = lr, every, factor

    def __call__(self, step):
        return self.lr * self.factor ** math.floor(step / self.every)


class Cosine:
    def __init__(self, lr, steps, min_lr):
        self.lr, self.steps, self.min_lr = lr, steps, min_lr

    def __call__(self, step):
        progress = min(step, self.steps) / self.steps
        return self.min_lr + (self.lr - self.min_lr) * 0.5 * (1.0 + math.cos(math.pi * progress))


class Exponential:
    def __init__(self, lr, steps, rate, staircase=False):
        self.lr, self.steps, self.rate, self.staircase = lr, steps, rate, staircase

    def __call__(self, step):
        progress = step / self.steps
        return self.lr * self.rate ** (math.floor(progress) if self.staircase else progress)


class Linear:
    def __init__(self, lr, steps, end_lr):
        self.lr, self.steps, self.end_lr = lr, steps, end_lr

    def __call__(self, step):
        return self.end_lr + (self.lr - self.end_lr) * (1.0 - min(step, self.steps) / self.steps)


class Warmup:
    """A linear ramp to the next schedule's first value over 'steps' steps, then that schedule from its step 0."""

    def __init__(self, steps, after):
        self.steps, self.after = steps, after

    def __call__(self, step):
        if step < self.steps:
            return self.after(0) * (step + 1) / self.steps
        return self.after(max(step - self.steps, 0))
`;
