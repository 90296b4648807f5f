"""Test driver of test/pytorch-export.test.ts: for each exported spec (one process, so torch is imported once), the
generated module's outputs on given inputs, the loss of each step of the generated training loop on given batches,
and the checkpoint the loop ends with. Usage: pytorch_check.py jobs.json (a list of {dir, inputs, batches, steps, out})."""
import json
import os
import sys

import torch

torch.set_num_threads(1)


def load_export(folder):
    for name in ('model', 'train', 'mdlc_layers', 'mdlc_checkpoint'):
        sys.modules.pop(name, None)
    sys.path.insert(0, folder)
    try:
        import mdlc_checkpoint as C
        import model as M
        import train as T
    finally:
        sys.path.remove(folder)
    return M, T, C


def fresh(M, C, folder):
    raw = M.Model()
    C.load_into(raw, C.load_checkpoint(os.path.join(folder, 'init.safetensors')))
    return raw


def run(job):
    folder = job['dir']
    M, T, C = load_export(folder)
    info = T.read_info()
    raw = fresh(M, C, folder)
    raw.eval()
    inputs, _, _ = C.read_safetensors(job['inputs'])
    with torch.no_grad():
        outputs = raw(*[inputs[k] for k in M.INPUTS])
    C.write_safetensors(os.path.join(job['out'], 'outputs.safetensors'), {k: outputs[k].float().contiguous() for k in M.OUTPUTS})
    raw = fresh(M, C, folder)
    raw.train()
    optimizer = M.make_optimizer(raw)
    batches, _, _ = C.read_safetensors(job['batches'])
    losses = []
    for step in range(job['steps']):
        batch = {k.split('/', 1)[1]: v for k, v in batches.items() if k.startswith(f'{step}/')}
        rows = next(iter(batch.values())).shape[0]
        losses.append(T.train_step(raw, raw, optimizer, batch, rows, step))
    C.save_checkpoint(os.path.join(job['out'], 'trained.safetensors'), C.checkpoint_of(raw, optimizer, info, 0, job['steps'], M.TRAIN['seed']))
    return losses


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        jobs = json.load(f)
    result = {}
    for job in jobs:
        result[job['name']] = run(job)
    # mdlc's row order of an epoch, as train.py draws it (Threefry-2x32 Fisher-Yates).
    result['order'] = sys.modules['mdlc_layers'].shuffled_order(1000, 1234, 3)
    print(json.dumps(result))


if __name__ == '__main__':
    main()
