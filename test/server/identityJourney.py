"""The README's identity-pool journey with the real boto3 against `npm run cloud`: the administrator (AWS's example key
pair) sets up a user pool, an identity pool, a role that lets each identity use only its own S3 prefix, and a bucket;
then the app signs in, trades the ID token for AWS credentials (get_id, get_credentials_for_identity) and writes and
reads under its own prefix with them. Another identity's prefix is refused. Prints one JSON line per step."""
import json
import os

import boto3
from botocore.exceptions import ClientError

endpoint = os.environ["ENDPOINT_URL"]
region = os.environ.get("REGION", "eu-west-1")
admin = dict(region_name=region, endpoint_url=endpoint,
             aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
bucket = "journey-notes"

# --- The administrator's setup ---
idp = boto3.client("cognito-idp", **admin)
pool = idp.create_user_pool(PoolName="journey-pool")["UserPool"]
app = idp.create_user_pool_client(UserPoolId=pool["Id"], ClientName="journey-app",
                                  ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]
idp.admin_create_user(UserPoolId=pool["Id"], Username="ana", MessageAction="SUPPRESS")
idp.admin_set_user_password(UserPoolId=pool["Id"], Username="ana", Password="#Abc1234", Permanent=True)
provider = f"cognito-idp.{region}.amazonaws.com/{pool['Id']}"

identity = boto3.client("cognito-identity", **admin)
identity_pool = identity.create_identity_pool(
    IdentityPoolName="journey", AllowUnauthenticatedIdentities=False,
    CognitoIdentityProviders=[{"ProviderName": provider, "ClientId": app["ClientId"]}])["IdentityPoolId"]

iam = boto3.client("iam", **admin)
trust = {"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"},
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": identity_pool},
                  "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}}]}
own_prefix = {"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
    "Resource": f"arn:aws:s3:::{bucket}/${{cognito-identity.amazonaws.com:sub}}/*"}]}
role = iam.create_role(RoleName="JourneyAuthenticated", AssumeRolePolicyDocument=json.dumps(trust))["Role"]
iam.put_role_policy(RoleName="JourneyAuthenticated", PolicyName="own-prefix", PolicyDocument=json.dumps(own_prefix))
identity.set_identity_pool_roles(IdentityPoolId=identity_pool, Roles={"authenticated": role["Arn"]})
boto3.client("s3", **admin).create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": region})
print(json.dumps({"step": "setup", "identityPool": identity_pool, "role": role["Arn"]}), flush=True)

# --- The app: sign in, get AWS credentials for the identity, use them ---
public = dict(region_name=region, endpoint_url=endpoint)
signed_in = boto3.client("cognito-idp", **public, aws_access_key_id="test", aws_secret_access_key="test").initiate_auth(
    ClientId=app["ClientId"], AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "ana", "PASSWORD": "#Abc1234"})
logins = {provider: signed_in["AuthenticationResult"]["IdToken"]}

cognito_identity = boto3.client("cognito-identity", **public)
identity_id = cognito_identity.get_id(IdentityPoolId=identity_pool, Logins=logins)["IdentityId"]
credentials = cognito_identity.get_credentials_for_identity(IdentityId=identity_id, Logins=logins)["Credentials"]
print(json.dumps({"step": "credentials", "identityId": identity_id, "accessKeyId": credentials["AccessKeyId"],
                  "expiration": credentials["Expiration"].isoformat()}), flush=True)

s3 = boto3.client("s3", **public, aws_access_key_id=credentials["AccessKeyId"],
                  aws_secret_access_key=credentials["SecretKey"], aws_session_token=credentials["SessionToken"])
s3.put_object(Bucket=bucket, Key=f"{identity_id}/note.txt", Body=b"hello from my own prefix")
body = s3.get_object(Bucket=bucket, Key=f"{identity_id}/note.txt")["Body"].read().decode()
print(json.dumps({"step": "ownPrefix", "body": body}), flush=True)

try:
    s3.put_object(Bucket=bucket, Key="someone-else/note.txt", Body=b"not mine")
    print(json.dumps({"step": "otherPrefix", "refused": False}), flush=True)
except ClientError as error:
    print(json.dumps({"step": "otherPrefix", "refused": True, "code": error.response["Error"]["Code"],
                      "message": error.response["Error"]["Message"]}), flush=True)
