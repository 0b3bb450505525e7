/** An input that could not be read: names the input and the reason, keeps the cause. */
export class IngestError extends Error {
  readonly source: string
  constructor(source: string, reason: string, options?: { cause?: unknown }) {
    super(`${source}: ${reason}`, options)
    this.name = 'IngestError'
    this.source = source
  }
  /** The reason without the source prefix. */
  get reason(): string {
    return this.message.slice(this.source.length + 2)
  }
}
