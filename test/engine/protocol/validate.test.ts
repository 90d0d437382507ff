import { describe, expect, it } from 'vitest';
import model from '../../../src/engine/protocol/models/cognito-idp.json';
import { compilePattern } from '../../../src/engine/protocol/patterns';
import { validateRequest, type ServiceModel } from '../../../src/engine/protocol/validate';
import { ARTICLE_USER, articlePool, expectAwsError, newCloud } from '../../support/cloud';
import { signedInUser } from '../../support/users';

const one = (rule: string) => `1 validation error detected: ${rule}`;

describe('validateRequest, driven by the cognito-idp model', () => {
  it('checks string lengths from the model', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId + 'x'.repeat(50), Username: 'sam' }),
      'InvalidParameterException',
      one(`Value '${userPoolId}${'x'.repeat(50)}' at 'userPoolId' failed to satisfy constraint: Member must have length less than or equal to 55`),
    );
  });

  it('checks patterns against the whole value, quoting the pattern as the model writes it', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.adminGetUser({ UserPoolId: `${userPoolId} `, Username: 'sam' }),
      'InvalidParameterException',
      one(`Value '${userPoolId} ' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+`),
    );
  });

  it('reports every rule a value breaks, and hides the value of a sensitive member', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: '', Username: 'sam', ConfirmationCode: '123456' }),
      'InvalidParameterException',
      "2 validation errors detected: Value at 'clientId' failed to satisfy constraint: Member must have length greater than or equal to 1; Value at 'clientId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+]+",
    );
  });

  it('checks enums', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.adminCreateUser({ UserPoolId: userPoolId, Username: 'sam', MessageAction: 'LOUD' } as never),
      'InvalidParameterException',
      one("Value 'LOUD' at 'messageAction' failed to satisfy constraint: Member must satisfy enum value set: [RESEND, SUPPRESS]"),
    );
  });

  it('checks the items of a list of enums once, on the list, as AWS words it', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.adminCreateUser({ UserPoolId: userPoolId, Username: 'sam', DesiredDeliveryMediums: ['EMAIL', 'PIGEON', 'OWL'] } as never),
      'InvalidParameterException',
      one(
        "Value '[EMAIL, PIGEON, OWL]' at 'desiredDeliveryMediums' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [SMS, EMAIL]]",
      ),
    );
  });

  it('checks list lengths and the length and pattern of list items', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    const many = Array.from({ length: 101 }, (_, i) => `https://example.com/${i}`);
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'app', CallbackURLs: many }),
      'InvalidParameterException',
      one(`Value '[${many.join(', ')}]' at 'callbackURLs' failed to satisfy constraint: Member must have length less than or equal to 100`),
    );
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'app', CallbackURLs: ['https://example.com/', ''] }),
      'InvalidParameterException',
      one(
        "Value '[https://example.com/, ]' at 'callbackURLs' failed to satisfy constraint: Member must satisfy constraint: [Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+]",
      ),
    );
  });

  it('checks numeric ranges, also in nested structures the engine does not check itself', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', AdminCreateUserConfig: { UnusedAccountValidityDays: 366 } } as never),
      'InvalidParameterException',
      one("Value '366' at 'adminCreateUserConfig.unusedAccountValidityDays' failed to satisfy constraint: Member must have value less than or equal to 365"),
    );
    await expectAwsError(
      cloud.cognitoIdp.listUserPools({ MaxResults: 0 }),
      'InvalidParameterException',
      one("Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1"),
    );
  });

  it('checks map keys against their shape', async () => {
    const cloud = await newCloud();
    const key = 'k'.repeat(129);
    // [U] AWS's wording for map keys: "Map keys must satisfy constraint: [...]".
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', UserPoolTags: { [key]: 'v' } }),
      'InvalidParameterException',
      one(
        `Value '{${key}=v}' at 'userPoolTags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128]`,
      ),
    );
  });

  it('names every missing required member, in the model order', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({} as never),
      'InvalidParameterException',
      "3 validation errors detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null; Value null at 'username' failed to satisfy constraint: Member must not be null; Value null at 'confirmationCode' failed to satisfy constraint: Member must not be null",
    );
  });
});

describe('members the old bundled model lacked', () => {
  it('knows ConfirmSignUp.Session and checks its length', async () => {
    expect(model.shapes.ConfirmSignUpRequest.members).toHaveProperty('Session');
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: 'sam', ConfirmationCode: '123456', Session: 'short' } as never),
      'InvalidParameterException',
      one("Value at 'session' failed to satisfy constraint: Member must have length greater than or equal to 20"),
    );
  });

  it('knows CreateUserPoolClient.ClientSecret and checks its length and pattern', async () => {
    expect(model.shapes.CreateUserPoolClientRequest.members).toHaveProperty('ClientSecret');
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'app', ClientSecret: 'chosen-secret' } as never),
      'InvalidParameterException',
      "2 validation errors detected: Value at 'clientSecret' failed to satisfy constraint: Member must have length greater than or equal to 24; Value at 'clientSecret' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+]+",
    );
  });
});

describe('passwordless calls, which the model allows and the simulator does not simulate', () => {
  it('answers SignUp without Password with InvalidParameterException saying so', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam@example.com', UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }] }),
      'InvalidParameterException',
      'SignUp without a Password (passwordless sign-up) is not simulated by this simulator. Send a Password.',
    );
  });

  it('answers ChangePassword without PreviousPassword with InvalidParameterException saying so', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.changePassword({ AccessToken: tokens.AccessToken, ProposedPassword: '#Xyz5678' }),
      'InvalidParameterException',
      'ChangePassword without PreviousPassword (for users who signed in without a password) is not simulated by this simulator. Send PreviousPassword.',
    );
    // The password did not change.
    await expect(
      cloud.cognitoIdp.changePassword({ AccessToken: tokens.AccessToken, PreviousPassword: ARTICLE_USER.password, ProposedPassword: '#Xyz5678' }),
    ).resolves.toEqual({});
  });
});

describe('patterns and the validator itself', () => {
  it('compiles every pattern in the bundled model after translation', () => {
    const patterns = new Set(Object.values(model.shapes as Record<string, { pattern?: string }>).flatMap((s) => (s.pattern ? [s.pattern] : [])));
    expect(patterns.size).toBeGreaterThan(10);
    expect([...patterns].filter((p) => compilePattern(p) === null)).toEqual([]);
  });

  it('skips a pattern it cannot translate instead of throwing, and still checks the rest', () => {
    const tiny: ServiceModel = {
      operations: { Op: { input: 'In' } },
      shapes: {
        In: { type: 'structure', members: { Odd: { shape: 'Odd' }, Name: { shape: 'Name' } } },
        Odd: { type: 'string', pattern: '[a-z&&[^b]]+' },
        Name: { type: 'string', pattern: '(?s)[\\w\\:]+.*', max: 5 },
      },
    };
    // `(?s)` lets `.` match a line break; `\:` is a needless escape JavaScript's u mode rejects.
    expect(() => validateRequest(tiny, 'Op', { Odd: 'b', Name: 'a:\nbcde' })).toThrow(
      "1 validation error detected: Value 'a:\nbcde' at 'name' failed to satisfy constraint: Member must have length less than or equal to 5",
    );
    expect(() => validateRequest(tiny, 'Op', { Odd: 'b', Name: 'a:\nb' })).not.toThrow();
    expect(() => validateRequest(tiny, 'Op', { Name: ' ab' })).toThrow(
      "1 validation error detected: Value ' ab' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?s)[\\w\\:]+.*",
    );
  });

  it('takes a timestamp as epoch seconds (JSON 1.1) or as a Date (read by a REST protocol), and nothing else', () => {
    const tiny: ServiceModel = {
      operations: { Op: { input: 'In' } },
      shapes: { In: { type: 'structure', members: { At: { shape: 'At' } } }, At: { type: 'timestamp' } },
    };
    expect(() => validateRequest(tiny, 'Op', { At: 1705311000 })).not.toThrow();
    expect(() => validateRequest(tiny, 'Op', { At: new Date(1705311000000) })).not.toThrow();
    expect(() => validateRequest(tiny, 'Op', { At: '2024-01-15' })).toThrow(
      "1 validation error detected: Value '2024-01-15' at 'at' failed to satisfy constraint: Member must be a timestamp",
    );
  });

  it('lets an operation the model does not simulate through, for the caller to answer', () => {
    expect(() => validateRequest(model as ServiceModel, 'AddCustomAttributes', {})).not.toThrow();
  });
});
