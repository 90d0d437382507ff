"""Writes the small test models in this folder from this machine's botocore: the named operations, the shapes they reach,
no documentation. Large S3 shapes keep only the members the tests use. Run: python3 test/engine/protocol/models/extract.py"""
import gzip, json, os, botocore

DATA = os.path.join(os.path.dirname(botocore.__file__), 'data')
HERE = os.path.dirname(os.path.abspath(__file__))
PICK = {
    'sts': ['GetCallerIdentity', 'AssumeRoleWithWebIdentity'],
    's3': ['PutObject', 'GetObject', 'ListObjectsV2'],
    'cognito-sync': ['ListRecords', 'UpdateRecords'],
    'cognito-idp': ['ListUsers'],
}
KEEP = {
    'PutObjectRequest': ['Body', 'Bucket', 'Key', 'ContentType', 'ContentLength', 'ChecksumAlgorithm', 'ChecksumCRC32', 'Metadata', 'Expires'],
    'PutObjectOutput': ['ETag', 'VersionId', 'ChecksumCRC32'],
    'GetObjectRequest': ['Bucket', 'Key', 'Range', 'VersionId', 'PartNumber', 'ChecksumMode'],
    'GetObjectOutput': ['Body', 'ContentLength', 'ContentType', 'ETag', 'LastModified', 'Metadata', 'VersionId'],
    'Object': ['Key', 'LastModified', 'ETag', 'Size', 'StorageClass'],
}
# Real S3 names this root element and namespace (the Smithy model's xmlName/xmlNamespace); botocore's copy drops them.
PATCH = {'ListObjectsV2Output': {'locationName': 'ListBucketResult', 'xmlNamespace': {'uri': 'http://s3.amazonaws.com/doc/2006-03-01/'}}}
DROP_KEYS = {'documentation', 'documentationUrl', 'staticContextParams', 'contextParams', 'examples', 'deprecated', 'deprecatedMessage'}


def clean(value):
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items() if k not in DROP_KEYS}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


for service, operations in PICK.items():
    version = sorted(os.listdir(os.path.join(DATA, service)))[-1]
    with gzip.open(os.path.join(DATA, service, version, 'service-2.json.gz')) as f:
        model = json.load(f)
    shapes, todo = {}, []
    out = {'metadata': model['metadata'], 'operations': {}, 'shapes': shapes}
    for name in operations:
        op = clean(model['operations'][name])
        out['operations'][name] = op
        todo += [op[k]['shape'] for k in ('input', 'output') if k in op] + [e['shape'] for e in op.get('errors', [])]
    while todo:
        name = todo.pop()
        if name in shapes:
            continue
        shape = clean(model['shapes'][name])
        if name in KEEP:
            shape['members'] = {m: shape['members'][m] for m in KEEP[name]}
            shape['required'] = [m for m in shape.get('required', []) if m in KEEP[name]]
        shape.pop('enum', None)
        shape.update(PATCH.get(name, {}))
        shapes[name] = shape
        refs = list(shape.get('members', {}).values()) + [shape[k] for k in ('member', 'key', 'value') if k in shape]
        todo += [r['shape'] for r in refs]
    with open(os.path.join(HERE, f'{service}.json'), 'w') as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write('\n')
