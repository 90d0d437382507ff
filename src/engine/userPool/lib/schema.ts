import { lookup } from '../../kernel/records';
import { CloudError } from '../../kernel/errors';
import type { SchemaAttribute, UserPoolRecord } from '../model';

const string = (Name: string, Mutable = true, max = '2048'): SchemaAttribute => ({
  Name,
  AttributeDataType: 'String',
  DeveloperOnlyAttribute: false,
  Mutable,
  Required: false,
  StringAttributeConstraints: { MinLength: Name === 'sub' ? '1' : '0', MaxLength: Name === 'sub' ? '2048' : max },
});

const boolean = (Name: string): SchemaAttribute => ({ Name, AttributeDataType: 'Boolean', DeveloperOnlyAttribute: false, Mutable: true, Required: false });

/** The standard OIDC attributes every user pool has, in the order DescribeUserPool lists them. */
export function standardSchema(): SchemaAttribute[] {
  return [
    { ...string('sub', false), Required: true },
    string('name'),
    string('given_name'),
    string('family_name'),
    string('middle_name'),
    string('nickname'),
    string('preferred_username'),
    string('profile'),
    string('picture'),
    string('website'),
    string('email'),
    boolean('email_verified'),
    string('gender'),
    string('birthdate', true, '10'),
    string('zoneinfo'),
    string('locale'),
    string('phone_number'),
    boolean('phone_number_verified'),
    string('address'),
    {
      Name: 'updated_at',
      AttributeDataType: 'Number',
      DeveloperOnlyAttribute: false,
      Mutable: true,
      Required: false,
      NumberAttributeConstraints: { MinValue: '0' },
    },
  ];
}

function schemaError(detail: string): CloudError {
  return new CloudError('InvalidParameterException', `Attributes did not conform to the schema: ${detail}`);
}

/**
 * The formats AWS enforces on the two attributes it sends codes to (developer guide, user-pool-settings-attributes: a phone
 * number starts with `+` and the country code and holds only `+` and digits; an email is an address).
 * SIMPLIFIED: AWS's exact email grammar is undocumented; we ask for one `@` with something on each side and no spaces, and
 * for a phone number `+` then digits, without checking length or country code [U].
 */
const FORMATS: Record<string, { pattern: RegExp; message: string }> = {
  // [O] both messages.
  email: { pattern: /^[^@\s]+@[^@\s]+$/, message: 'Invalid email address format.' },
  phone_number: { pattern: /^\+[0-9]+$/, message: 'Invalid phone number format.' },
};

/**
 * Checks attributes a caller wants to set against the pool's schema: names must exist (custom ones as `custom:<name>`),
 * email and phone_number must be well formed (`InvalidParameterException: Invalid email address format.` /
 * `Invalid phone number format.`), and, when `requireAll`, every Required attribute must be present.
 * A blank value (which deletes the attribute in the update actions) is not checked for format.
 */
export function checkAttributes(pool: UserPoolRecord, attributes: Record<string, string>, requireAll: boolean): void {
  const schema = new Map(pool.settings.SchemaAttributes.map((a) => [a.Name, a]));
  for (const [name, value] of Object.entries(attributes)) {
    const definition = schema.get(name);
    if (!definition || name === 'sub') throw schemaError(`${name}: Attribute does not exist in the schema.\n`);
    const max = Number(definition.StringAttributeConstraints?.MaxLength ?? Infinity);
    if (value.length > max) throw schemaError(`${name}: String attribute exceeds maximum length of ${max}.\n`);
    const format = lookup(FORMATS, name);
    if (format && value !== '' && !format.pattern.test(value)) throw new CloudError('InvalidParameterException', format.message);
  }
  if (!requireAll) return;
  for (const definition of schema.values()) {
    if (definition.Required && definition.Name !== 'sub' && !attributes[definition.Name]) {
      throw schemaError(`${definition.Name}: The attribute ${definition.Name} is required\n`);
    }
  }
}
