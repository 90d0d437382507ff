"""The article's three boto3 scripts (sign up, confirm, sign in and read the user), unchanged but for endpoint_url,
run against `npm run cloud` in the region the article uses. Reads the confirmation code from stdin when asked."""
import json
import os
import sys

import boto3

endpoint = os.environ["ENDPOINT_URL"]
region = os.environ.get("REGION", "ap-south-1")
username = "abc.xyz@gmail.com"
password = "#Abc1234"

client = boto3.client("cognito-idp", region_name=region, endpoint_url=endpoint,
                      aws_access_key_id="test", aws_secret_access_key="test")

pool = client.create_user_pool(PoolName="article-pool", AutoVerifiedAttributes=["email"],
                               Schema=[{"Name": "email", "Required": True}])["UserPool"]
app = client.create_user_pool_client(UserPoolId=pool["Id"], ClientName="article-app",
                                     ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]
client_id = app["ClientId"]

signed_up = client.sign_up(ClientId=client_id, Username=username, Password=password,
                           UserAttributes=[{"Name": "email", "Value": username}])
print(json.dumps({"step": "signUp", "poolId": pool["Id"], "delivery": signed_up["CodeDeliveryDetails"]}), flush=True)

confirm_code = sys.stdin.readline().strip()
client.confirm_sign_up(ClientId=client_id, Username=username, ConfirmationCode=confirm_code)

response = client.initiate_auth(ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
                                AuthParameters={"USERNAME": username, "PASSWORD": password})
access_token = response["AuthenticationResult"]["AccessToken"]
user = client.get_user(AccessToken=access_token)
print(json.dumps({"step": "getUser", "username": user["Username"],
                  "attributes": {a["Name"]: a["Value"] for a in user["UserAttributes"]}}), flush=True)
