import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud } from '../../../support/cloud';
import { confirmedUser, unconfirmedUser } from '../../../support/users';

/** A pool with sam (confirmed), kim (unconfirmed) and lee (confirmed, disabled), created a minute apart. */
async function threeUsers() {
  const cloud = await newCloud();
  const { userPoolId, clientId } = await articlePool(cloud);
  const subs: Record<string, string> = {};
  subs['sam'] = await confirmedUser(cloud, clientId, 'sam', { email: 'sam@example.com' });
  cloud.clock.advance(MINUTE);
  subs['kim'] = await unconfirmedUser(cloud, clientId, 'kim', { email: 'kim@corp.example' });
  cloud.clock.advance(MINUTE);
  subs['lee'] = await confirmedUser(cloud, clientId, 'lee', { email: 'lee@corp.example' });
  await cloud.cognitoIdp.adminDisableUser({ UserPoolId: userPoolId, Username: 'lee' });
  return { cloud, userPoolId, clientId, subs };
}

const names = (result: { Users: { Username: string }[] }) => result.Users.map((u) => u.Username);

describe('ListUsers', () => {
  it('lists every user as UserType, oldest first, disabled ones included', async () => {
    const { cloud, userPoolId, subs } = await threeUsers();
    const result = await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId });
    expect(names(result)).toEqual(['sam', 'kim', 'lee']);
    expect(result.Users[1]).toEqual({
      Username: 'kim',
      Attributes: [
        { Name: 'sub', Value: subs['kim'] },
        { Name: 'email', Value: 'kim@corp.example' },
      ],
      UserCreateDate: (cloud.clock.now() - MINUTE) / 1000,
      UserLastModifiedDate: (cloud.clock.now() - MINUTE) / 1000,
      Enabled: true,
      UserStatus: 'UNCONFIRMED',
    });
    expect(result).not.toHaveProperty('PaginationToken');
  });

  it.each([
    ['email = "kim@corp.example"', ['kim']],
    ['email="kim@corp.example"', ['kim']],
    ['email ^= "kim"', ['kim']],
    ['email ^= "k"', ['kim']],
    ['username = "lee"', ['lee']],
    ['username = "LEE"', []],
    ['cognito:user_status = "confirmed"', ['sam', 'lee']],
    ['cognito:user_status = "UNCONFIRMED"', ['kim']],
    ['status = "Disabled"', ['lee']],
    ['status = "Enabled"', ['sam', 'kim']],
    ['status = "enabled"', []],
    ['family_name = ""', []],
    ['', ['sam', 'kim', 'lee']],
  ])('filters with %s', async (Filter, expected) => {
    const { cloud, userPoolId } = await threeUsers();
    expect(names(await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, Filter }))).toEqual(expected);
  });

  it('filters on sub and on names with escaped quotes', async () => {
    const { cloud, userPoolId, subs } = await threeUsers();
    expect(names(await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, Filter: `sub = "${subs['lee']}"` }))).toEqual(['lee']);
    await cloud.cognitoIdp.adminUpdateUserAttributes({ UserPoolId: userPoolId, Username: 'sam', UserAttributes: [{ Name: 'name', Value: 'Sam "the admin"' }] });
    expect(names(await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, Filter: 'name = "Sam \\"the admin\\""' }))).toEqual(['sam']);
  });

  it('refuses an attribute AWS cannot search', async () => {
    const { cloud, userPoolId } = await threeUsers();
    await expectAwsError(
      cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, Filter: 'custom:plan = "gold"' }),
      'InvalidParameterException',
      'Invalid search attribute: custom:plan',
    );
    await expectAwsError(
      cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, Filter: 'locale = "en"' }),
      'InvalidParameterException',
      'Invalid search attribute: locale',
    );
  });

  it.each(['username = foo', 'username=', 'email', 'email != "a"', 'email = "a" and name = "b"'])('refuses the malformed filter %s', async (Filter) => {
    const { cloud, userPoolId } = await threeUsers();
    await expectAwsError(cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, Filter }), 'InvalidParameterException', 'Error while parsing filter.');
  });

  it('returns only the attributes named in AttributesToGet', async () => {
    const { cloud, userPoolId } = await threeUsers();
    const result = await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, AttributesToGet: ['email'] });
    expect(result.Users.map((u) => u.Attributes)).toEqual([
      [{ Name: 'email', Value: 'sam@example.com' }],
      [{ Name: 'email', Value: 'kim@corp.example' }],
      [{ Name: 'email', Value: 'lee@corp.example' }],
    ]);
  });

  it('pages with Limit and PaginationToken, even when an already listed user is deleted between pages', async () => {
    const { cloud, userPoolId } = await threeUsers();
    const first = await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, Limit: 1 });
    expect(names(first)).toEqual(['sam']);
    await cloud.cognitoIdp.adminDeleteUser({ UserPoolId: userPoolId, Username: 'sam' });
    const second = await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, Limit: 1, PaginationToken: first.PaginationToken! });
    expect(names(second)).toEqual(['kim']);
    const third = await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, Limit: 1, PaginationToken: second.PaginationToken! });
    expect(names(third)).toEqual(['lee']);
    expect(third).not.toHaveProperty('PaginationToken');
  });

  it('refuses a Limit above 60 as AWS validation does', async () => {
    const { cloud, userPoolId } = await threeUsers();
    await expectAwsError(
      cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, Limit: 61 }),
      'InvalidParameterException',
      "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
  });

  it('refuses a pagination token it did not mint', async () => {
    const { cloud, userPoolId } = await threeUsers();
    await expectAwsError(
      cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId, PaginationToken: 'garbage' }),
      'InvalidParameterException',
      'Paging marker garbage is invalid for request.',
    );
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.listUsers({ UserPoolId: 'us-east-1_nothere' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
