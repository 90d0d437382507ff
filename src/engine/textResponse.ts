/**
 * The Response `cloud.fetch` gives for a text body (a page, a JSON or XML document). A WHATWG Response builds a byte stream
 * for every body, and in Node 20 building one costs more than answering most requests; this one keeps the text and hands
 * it to `text()`, `json()`, `arrayBuffer()` and `blob()` directly, and builds a real Response (stream and all) only when
 * `body` or `formData()` is asked for. Otherwise it behaves as `new Response(text, init)`: read once, then `bodyUsed`, a
 * second read rejects with a TypeError, and `clone()` gives an unread copy.
 */
import { utf8 } from './protocol/wire';

export class TextResponse extends Response {
  readonly #text: string;
  readonly #init: ResponseInit;
  #used = false;
  /** The same answer as a plain Response, once something needs its stream. */
  #real: Response | undefined;

  constructor(text: string, init: ResponseInit) {
    super(null, init);
    this.#text = text;
    this.#init = init;
  }

  /** Reads the text once, as a body is read once. */
  #take(): Promise<string> {
    if (this.#real) return this.#real.text();
    if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.#used = true;
    return Promise.resolve(this.#text);
  }

  #plain(): Response {
    if (!this.#real) {
      this.#real = new Response(this.#text, this.#init);
      // Read already: the plain Response's stream is spent too.
      if (this.#used) void this.#real.text();
    }
    return this.#real;
  }

  override text(): Promise<string> {
    return this.#take();
  }

  override json(): Promise<unknown> {
    return this.#take().then((text) => JSON.parse(text) as unknown);
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#take().then((text) => {
      const bytes = utf8(text);
      return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
    });
  }

  override blob(): Promise<Blob> {
    return this.#take().then((text) => new Blob([text], { type: this.headers.get('content-type') ?? '' }));
  }

  override formData(): Promise<FormData> {
    return this.#plain().formData();
  }

  override clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    return this.#real ? this.#real.clone() : new TextResponse(this.#text, this.#init);
  }

  static {
    // `body` and `bodyUsed` are accessors of Response.prototype (TypeScript declares them as properties, so they are
    // defined here rather than overridden in the class body).
    Object.defineProperty(TextResponse.prototype, 'body', {
      configurable: true,
      get(this: TextResponse) {
        return this.#plain().body;
      },
    });
    Object.defineProperty(TextResponse.prototype, 'bodyUsed', {
      configurable: true,
      get(this: TextResponse) {
        return this.#real ? this.#real.bodyUsed : this.#used;
      },
    });
  }
}
