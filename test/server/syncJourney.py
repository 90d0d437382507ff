"""Cognito Sync with the real boto3 against `npm run cloud`: a guest identity syncs a dataset, then hits a stale SyncCount.

Prints one JSON line per step; ENDPOINT_URL names the local cloud.
"""
import json
import os

import boto3

options = dict(
    endpoint_url=os.environ["ENDPOINT_URL"],
    region_name="us-east-1",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
)
identity = boto3.client("cognito-identity", **options)
sync = boto3.client("cognito-sync", **options)

pool = identity.create_identity_pool(IdentityPoolName="sync_pool", AllowUnauthenticatedIdentities=True)["IdentityPoolId"]
ids = dict(IdentityPoolId=pool, IdentityId=identity.get_id(IdentityPoolId=pool)["IdentityId"], DatasetName="settings")

listed = sync.list_records(**ids)
patch = [{"Op": "replace", "Key": "theme", "Value": "dark", "SyncCount": 0}]
updated = sync.update_records(SyncSessionToken=listed["SyncSessionToken"], RecordPatches=patch, **ids)
print(json.dumps({"step": "update", "exists": listed["DatasetExists"], "records": [[r["Key"], r["Value"], r["SyncCount"]] for r in updated["Records"]]}))

try:
    sync.update_records(SyncSessionToken=listed["SyncSessionToken"], RecordPatches=patch, **ids)
    print(json.dumps({"step": "conflict", "error": None}))
except sync.exceptions.ResourceConflictException as error:
    print(json.dumps({"step": "conflict", "error": error.response["Error"], "status": error.response["ResponseMetadata"]["HTTPStatusCode"]}))

datasets = sync.list_datasets(IdentityPoolId=pool, IdentityId=ids["IdentityId"])["Datasets"]
print(json.dumps({"step": "datasets", "names": [d["DatasetName"] for d in datasets], "records": [d["NumRecords"] for d in datasets]}))
