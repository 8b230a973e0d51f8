// The CloudFront template for the China regions, read offline: it uses none of the features the
// China partition lacks, and caches by the origin's policy with nothing of the viewer forwarded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Tags } from 'yaml';

// CloudFormation's short forms (!Ref, !GetAtt, !Sub) as plain values.
const customTags: Tags = ['!Ref', '!GetAtt', '!Sub'].map((tag) => ({
  tag,
  resolve: (value: string) => ({ [tag.slice(1)]: value }),
}));
const text = readFileSync('deploy/cloudfront-china.yaml', 'utf8');
const template = parseDocument(text, { customTags }).toJS();
type Resource = { Type: string; Properties: Record<string, unknown> };
const resources = Object.values(template.Resources as Record<string, Resource>);
const distribution = resources.find((r) => r.Type === 'AWS::CloudFront::Distribution')!;
type Behaviour = Record<string, unknown> & { AllowedMethods: string[] };
const config = distribution.Properties.DistributionConfig as Record<string, unknown> & {
  DefaultCacheBehavior: Behaviour;
  Origins: { CustomOriginConfig: { OriginProtocolPolicy: string } }[];
};

describe('deploy/cloudfront-china.yaml', () => {
  it('uses no feature missing in the China regions', () => {
    const missing = [
      'CachePolicyId',
      'OriginRequestPolicyId',
      'ResponseHeadersPolicyId',
      'LambdaFunctionAssociations',
      'FunctionAssociations',
      'OriginAccessControlId',
      'OriginShield',
      'AcmCertificateArn',
      'AWS::CloudFront::CachePolicy',
      'AWS::CloudFront::OriginRequestPolicy',
      'AWS::CloudFront::ResponseHeadersPolicy',
      'AWS::CloudFront::Function',
      'AWS::CloudFront::OriginAccessControl',
      'AWS::Lambda::',
    ];
    for (const name of missing) expect(text, name).not.toContain(name);
    expect(resources.map((r) => r.Type)).toEqual(['AWS::CloudFront::Distribution']);
  });

  it('serves an ICP-recorded alias with an IAM certificate, TLS 1.2 or later', () => {
    expect(config.Aliases).toEqual([{ Ref: 'DomainName' }]);
    expect(config.ViewerCertificate).toMatchObject({
      IamCertificateId: { Ref: 'IamCertificateId' },
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2021',
    });
  });

  it('caches by the origin: legacy settings, nothing of the viewer forwarded, GET and HEAD', () => {
    const behaviour = config.DefaultCacheBehavior;
    expect(behaviour.ForwardedValues).toEqual({
      QueryString: false,
      Headers: [],
      Cookies: { Forward: 'none' },
    });
    expect(behaviour).toMatchObject({ MinTTL: 0, DefaultTTL: 0, MaxTTL: 31536000 });
    expect(behaviour.AllowedMethods).toEqual(['GET', 'HEAD']);
    expect(behaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.CacheBehaviors).toBeUndefined();
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(config.Origins[0]!.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
  });
});
