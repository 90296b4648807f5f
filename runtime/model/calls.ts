// A model's calls -> run one at a time in the order they were made; a disposed model, or a call that would break a
// running fit, refused with an error that says so.
// One device session has one data arena and one read-back buffer, so two programs in flight would overwrite each
// other's inputs or fail to map; running calls in turn makes overlap safe on every engine.

/** A call refused because another call on the same model holds what it needs (a second `fit`, or `trainStep` during `fit`). */
export class ModelBusyError extends Error {
  constructor(
    readonly model: string,
    readonly call: string,
    readonly running: string,
    hint: string,
  ) {
    super(`${call} cannot run while ${model} is in ${running}: ${hint}`);
    this.name = 'ModelBusyError';
  }
}

/** A call on a model after `dispose()`: its device memory is freed. */
export class ModelDisposedError extends Error {
  constructor(
    readonly model: string,
    readonly call: string,
  ) {
    super(`${call}: ${model} was disposed, so its weights and device memory are gone; create the model again (Model.create, compileModel or loadModel) to use it`);
    this.name = 'ModelDisposedError';
  }
}

/** The calls of one model: a FIFO of turns, the `fit` running now (if any), and whether the model is disposed. */
export class CallQueue {
  private tail: Promise<unknown> = Promise.resolve();
  /** The calls running or waiting, oldest first. */
  private readonly queued: string[] = [];
  private disposed = false;
  private free: (() => void) | undefined;
  /** The `fit` now running (at most one): other calls take their turns between its steps. */
  fitting = false;

  constructor(readonly model: string) {}

  /** Whether `dispose` was called. */
  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Whether no call is running or waiting. */
  get idle(): boolean {
    return this.queued.length === 0;
  }

  /** The call running now (or about to), if any. */
  get running(): string | undefined {
    return this.queued[0];
  }

  /** Throws ModelDisposedError when the model is disposed. */
  open(call: string): void {
    if (this.disposed) throw new ModelDisposedError(this.model, call);
  }

  /** Throws ModelBusyError when a `fit` is running: for calls that would change what the running fit relies on. */
  notDuringFit(call: string, hint: string): void {
    this.open(call);
    if (this.fitting) throw new ModelBusyError(this.model, call, 'fit', hint);
  }

  /**
   * Runs `work` when every call made before it has finished; it is refused with ModelDisposedError if the model was
   * disposed by the time its turn comes. A failed call does not stop the ones after it. Never throws: it rejects.
   */
  turn<T>(call: string, work: () => T | Promise<T>): Promise<T> {
    if (this.disposed) return Promise.reject(new ModelDisposedError(this.model, call));
    this.queued.push(call);
    const run = this.tail.then(() => {
      this.open(call);
      return work();
    });
    const settled = run.then(
      () => this.done(),
      () => this.done(),
    );
    this.tail = settled;
    return run;
  }

  /** Marks the model disposed now (later calls are refused) and calls `free` once the running call, if any, has ended. */
  dispose(free: () => void): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.idle) free();
    else this.free = free;
  }

  private done(): void {
    this.queued.shift();
    if (this.queued.length > 0 || !this.free) return;
    const free = this.free;
    this.free = undefined;
    free();
  }
}
