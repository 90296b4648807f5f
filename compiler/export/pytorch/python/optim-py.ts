// The optimizers of mdlc_layers.py (Python text): mdlc's update rules (compiler/ir/lower-optimizers.ts) as torch.optim.Optimizer
// classes whose state slots carry mdlc's names (m, v, momentum, rms, mean_grad, accumulator), so optimizer state goes both ways.

/** Python source: one Optimizer class per mdlc optimizer, the learning rate set by the caller before each step. */
export const optimPy = String.raw`

class MdlcOptimizer(torch.optim.Optimizer):
    """An mdlc optimizer: 'slots' names the per-parameter state as mdlc's checkpoints do (<path>.<slot>); 'step' counts updates."""

    slots = ()

    def __init__(self, params, **options):
        super().__init__(params, dict(lr=0.0, **options))
        self.step_count = 0

    def slot_initial(self, name, group):
        return 0.0

    def state_of(self, p, group):
        st = self.state[p]
        for name in self.active_slots(group):
            if name not in st:
                st[name] = torch.full_like(p, self.slot_initial(name, group), memory_format=torch.preserve_format)
        return st

    def active_slots(self, group):
        return self.slots

    @torch.no_grad()
    def step(self, closure=None):
        self.step_count += 1
        for group in self.param_groups:
            for p in group['params']:
                if p.grad is not None:
                    self.update(p, p.grad, self.state_of(p, group), group, self.step_count)


class SGD(MdlcOptimizer):
    """mdlc's sgd: buf = mu * buf + g; w -= lr * (g + mu * buf if nesterov else buf); plain w -= lr * g without momentum."""

    slots = ('momentum',)

    def active_slots(self, group):
        return self.slots if group['momentum'] > 0 else ()

    def update(self, p, g, st, group, t):
        mu, lr = group['momentum'], group['lr']
        delta = g
        if mu > 0:
            buf = st['momentum']
            buf.mul_(mu).add_(g)
            delta = g + buf * mu if group['nesterov'] else buf
        p.sub_(delta * lr)


class Adam(MdlcOptimizer):
    """mdlc's adam/adamw: bias-corrected m / c1 over sqrt(v / c2) + epsilon (epsilon outside the root, Keras' 1e-7 by default);
    adamw first decays w by lr * weight_decay * w (decoupled), except the groups the spec's decay_exclude leaves out."""

    slots = ('m', 'v')

    def update(self, p, g, st, group, t):
        b1, b2, eps, lr = group['beta1'], group['beta2'], group['epsilon'], group['lr']
        m, v = st['m'], st['v']
        m.mul_(b1).add_(g * (1.0 - b1))
        v.mul_(b2).add_(g * g * (1.0 - b2))
        c1 = 1.0 - b1 ** t
        c2 = 1.0 - b2 ** t
        step = (m / c1) / (torch.sqrt(v / c2) + eps)
        if group['weight_decay'] > 0:
            p.sub_(p * (lr * group['weight_decay']))
        p.sub_(step * lr)


class RMSprop(MdlcOptimizer):
    """Keras' RMSprop as mdlc has it: epsilon inside the root, lr * g / sqrt(v + eps) (or v - mean_grad^2 + eps centered)."""

    def active_slots(self, group):
        return ('rms',) + (('mean_grad',) if group['centered'] else ()) + (('momentum',) if group['momentum'] > 0 else ())

    def update(self, p, g, st, group, t):
        rho, mu, eps, lr = group['rho'], group['momentum'], group['epsilon'], group['lr']
        v = st['rms']
        v.mul_(rho).add_(g * g * (1.0 - rho))
        denominator = v + eps
        if group['centered']:
            mg = st['mean_grad']
            mg.mul_(rho).add_(g * (1.0 - rho))
            denominator = denominator - mg * mg
        increment = g * lr / torch.sqrt(denominator)
        if mu > 0:
            buf = st['momentum']
            buf.mul_(mu).add_(increment)
            increment = buf
        p.sub_(increment)


class Adagrad(MdlcOptimizer):
    """Keras' Adagrad as mdlc has it: acc starts at initial_accumulator_value; w -= lr * g / sqrt(acc + eps)."""

    slots = ('accumulator',)

    def slot_initial(self, name, group):
        return group['initial_accumulator_value']

    def update(self, p, g, st, group, t):
        acc = st['accumulator']
        acc.add_(g * g)
        p.sub_(g * group['lr'] / torch.sqrt(acc + group['epsilon']))


class Lion(MdlcOptimizer):
    """Lion: w -= lr * sign(beta1 * m + (1 - beta1) * g), then m = beta2 * m + (1 - beta2) * g."""

    slots = ('m',)

    def update(self, p, g, st, group, t):
        b1, b2 = group['beta1'], group['beta2']
        m = st['m']
        p.sub_(torch.sign(m * b1 + g * (1.0 - b1)) * group['lr'])
        m.mul_(b2).add_(g * (1.0 - b2))


def clip_by_global_norm(params, clip):
    """mdlc's clipping: every gradient times clip / max(global L2 norm, clip) (no epsilon, unlike clip_grad_norm_)."""
    grads = [p.grad for p in params if p.grad is not None]
    if clip <= 0 or not grads:
        return
    norm = torch.sqrt(sum((g * g).sum() for g in grads))
    scale = clip / torch.clamp(norm, min=clip)
    for g in grads:
        g.mul_(scale)
`;
