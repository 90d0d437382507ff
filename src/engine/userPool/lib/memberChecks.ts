import { CloudError } from '../../kernel/errors';

/**
 * Constraint checks the generic validator cannot make from the bundled model (integer ranges, enums inside lists),
 * collected and worded as AWS's front door words them:
 * `1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60`.
 */
export class MemberProblems {
  readonly #problems: string[] = [];

  /** An integer member outside `[min, max]`; `path` is AWS's camelCase member path, e.g. `policies.passwordPolicy.minimumLength`. */
  range(value: number | undefined, path: string, min: number, max?: number): this {
    if (value === undefined || value === null) return this;
    if (value < min) this.#add(value, path, `Member must have value greater than or equal to ${min}`);
    else if (max !== undefined && value > max) this.#add(value, path, `Member must have value less than or equal to ${max}`);
    return this;
  }

  /** A string member whose value is not one of AWS's enum values. */
  oneOf(value: string | undefined, path: string, allowed: readonly string[]): this {
    if (value === undefined || value === null || allowed.includes(value)) return this;
    this.#add(value, path, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
    return this;
  }

  /** A list member with an item that is not one of AWS's enum values; AWS shows the whole list. */
  eachOneOf(values: readonly string[] | undefined, path: string, allowed: readonly string[]): this {
    if (!values || values.every((v) => allowed.includes(v))) return this;
    this.#add(`[${values.join(', ')}]`, path, `Member must satisfy constraint: [Member must satisfy enum value set: [${allowed.join(', ')}]]`);
    return this;
  }

  /** Throws InvalidParameterException listing every problem found, if any. */
  throwIfAny(): void {
    const count = this.#problems.length;
    if (count === 0) return;
    const head = count === 1 ? '1 validation error detected: ' : `${count} validation errors detected: `;
    throw new CloudError('InvalidParameterException', head + this.#problems.join('; '));
  }

  #add(value: unknown, path: string, rule: string): void {
    this.#problems.push(`Value '${String(value)}' at '${path}' failed to satisfy constraint: ${rule}`);
  }
}
