/**
 * Amazon S3 (`s3`) as the cloud's registry knows it: REST-XML at `s3.<region>.amazonaws.com` and `s3.amazonaws.com` (path
 * style) and at `<bucket>.s3[.<region>].amazonaws.com` (virtual-hosted style). Bucket names are global, so the state is one
 * for the account and each bucket records its region.
 */
import type { ServiceDescriptor } from '../services';
import { lazyProtocol } from '../protocol/lazy';
import type { ServiceModel } from '../protocol/validate';
import type { S3Actions } from './actions';
import { inspectS3, type S3View } from './lib/inspect';
import type { S3State } from './model';

/** S3's root elements, which the model leaves unnamed (the protocol would otherwise name them after the output shape). */
const ROOT_ELEMENTS: Record<string, string> = {
  ListObjectsV2Output: 'ListBucketResult',
  ListBucketsOutput: 'ListAllMyBucketsResult',
};
const S3_NAMESPACE = { uri: 'http://s3.amazonaws.com/doc/2006-03-01/' };

function withRootElements(model: ServiceModel): ServiceModel {
  for (const [shape, root] of Object.entries(ROOT_ELEMENTS)) {
    const found = model.shapes[shape];
    if (found) model.shapes[shape] = { ...found, locationName: root, xmlNamespace: S3_NAMESPACE } as typeof found;
  }
  return model;
}

// REST-XML and its XML parser load with the model, out of the initial bundle.
const protocol = lazyProtocol('rest-xml', () => import('../protocol/restXml').then((loaded) => loaded.restXml));

export const s3: ServiceDescriptor<S3State, S3Actions, S3View> = {
  kind: 'service',
  id: 's3',
  facade: 's3',
  participant: 'S3',
  sdk: { boto3: 's3', cli: 's3api', jsPackage: '@aws-sdk/client-s3', jsClient: 'S3Client' },
  endpointPrefix: 's3',
  signingName: 's3',
  protocol,
  perAccount: true,
  bucketHosts: { regionless: 'us-east-1' },
  model: () =>
    Promise.all([import('../protocol/models/s3.json'), protocol.load()]).then(([loaded]) =>
      withRootElements(structuredClone(loaded.default) as unknown as ServiceModel),
    ),
  code: () => import('./actions').then((loaded) => loaded.s3Code),
  // S3 answers a request it cannot accept with InvalidArgument (or InvalidRequest), never a list of validation errors:
  // its actions check what they read, in S3's words.
  validationError: 'InvalidArgument',
  modelValidation: false,
  signatureRequired: true,
  authorization: {
    service: 's3',
    // The bucket and key an operation names, and ListObjects(V2)'s `s3:prefix`, `s3:delimiter` and `s3:max-keys`.
    scope: (_action, request) => {
      const r = (request ?? {}) as { Bucket?: unknown; Key?: unknown; Prefix?: unknown; Delimiter?: unknown; MaxKeys?: unknown };
      return {
        ...(typeof r.Bucket === 'string' ? { bucket: r.Bucket } : {}),
        ...(typeof r.Key === 'string' ? { key: r.Key } : {}),
        ...(typeof r.Prefix === 'string' ? { prefix: r.Prefix } : {}),
        ...(typeof r.Delimiter === 'string' ? { delimiter: r.Delimiter } : {}),
        ...(typeof r.MaxKeys === 'number' ? { maxKeys: r.MaxKeys } : {}),
      };
    },
    // "If you don't have the s3:ListBucket permission, Amazon S3 returns an HTTP status code 403" for a missing key.
    concealed: (action, code) => (code === 'NoSuchKey' && (action === 'GetObject' || action === 'HeadObject') ? 'ListObjectsV2' : undefined),
  },
  stateVersion: 1,
  initialState: () => ({ buckets: {} }),
  restore: (state) => state as S3State,
  inspect: inspectS3,
};
