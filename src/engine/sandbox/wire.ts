// What crosses between the host and a page's context: JSON text only. Anything JSON cannot say is a tagged
// array, a plain JSON array being ["a", items]; an object the host made crosses as a handle, its fields
// copied the first time, so that the context can read it and hand it back, and the host finds its own.
import Decimal from "decimal.js";
import { primitiveOnWire } from "./primitive.ts";

/**
 * From the host: JSON, or a tagged array: ["u"] undefined, ["n", text] a number JSON cannot hold, ["d", text]
 * a decimal, ["a", items], ["o", [key, value][]], ["h", id, fields?] a host object (fields the first time).
 */
export type FromHost = string | number | boolean | null | readonly [string, ...unknown[]];

/**
 * From the context: the same tags, ["h", id] without fields, and ["x", description] for what the host
 * cannot hold (a function, an instance of a cell's class). No object there is the host's unless a handle.
 */
export type ToHost = FromHost;

/** An error as the host reads it from the context: text only. */
export interface ThrownRecord {
  readonly name?: string;
  readonly message: string;
  readonly stack?: string;
  readonly hint?: string | undefined;
  /** A thrown value that is not an Error, as text. */
  readonly thrown?: string;
  /** The index of the host's error this one copies, if it is the host's answer to a call. */
  readonly hostError?: number | undefined;
}

/** A value of a cell the host cannot hold (a function, an instance of a cell's class), as a description. */
export interface Opaque {
  readonly opaque: string;
}

/** The host objects one page's context holds copies of, by handle. */
export class Handles {
  readonly #ids = new Map<object, number>();
  readonly #objects: object[] = [];

  /** The host object of a handle the context sent, if it is one this page was given. */
  object(id: number): object | undefined {
    return this.#objects[id];
  }

  has(object: object): boolean {
    return this.#ids.has(object);
  }

  /** A host value for the context: objects as handles, decimals as text. */
  send(value: unknown): FromHost {
    const primitive = primitiveOnWire(value);
    if (primitive !== undefined) return primitive;
    if (typeof value !== "object")
      throw new TypeError(`a notebook value of type ${typeof value} cannot be sent to a page`);
    if (value === null) return null;
    if (Decimal.isDecimal(value)) return ["d", value.isZero() && value.isNegative() ? "-0" : value.toString()];
    if (Array.isArray(value)) return ["a", value.map((item) => this.send(item))];
    const known = this.#ids.get(value);
    if (known !== undefined) return ["h", known];
    const id = this.#objects.push(value) - 1;
    this.#ids.set(value, id);
    return ["h", id, Object.entries(value).map(([key, item]) => [key, this.send(item)] as const)];
  }

  /**
   * A value from the context as host data: a handle as the host's own object, anything else as plain
   * data, so that no shape a cell gives an object can pass for a figure, a check or a chart.
   */
  receive(value: ToHost, depth: number): unknown {
    if (!Array.isArray(value)) return value;
    if (depth <= 0) throw new TypeError("a value nested this deep cannot leave a page: flatten it");
    const [tag] = value;
    switch (tag) {
      case "u":
        return undefined;
      case "n":
        return Number(value[1]);
      case "d": // a decimal a cell made is a number as text; only the host's decimals are figures
        return value[1];
      case "x":
        return { opaque: value[1] } satisfies Opaque;
      case "a":
        return (value[1] as ToHost[]).map((item) => this.receive(item, depth - 1));
      case "o": {
        const object: Record<string, unknown> = {};
        for (const [key, item] of value[1] as [string, ToHost][]) {
          // Keys of this form tag engine values sent between threads (see verify/transfer.ts).
          if (key.startsWith("\u0000"))
            throw new TypeError(`a key starting with U+0000 is reserved: ${JSON.stringify(key)}`);
          object[key] = this.receive(item, depth - 1);
        }
        return object;
      }
      case "h": {
        const object = this.object(value[1] as number);
        if (!object) throw new TypeError(`no such handle: ${String(value[1])}`);
        return object;
      }
      default:
        throw new TypeError(`malformed value from a page: ${JSON.stringify(value).slice(0, 80)}`);
    }
  }
}
