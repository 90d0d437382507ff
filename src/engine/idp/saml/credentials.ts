/**
 * The simulated SAML IdP's signing key and its self-signed certificate: fixtures, made once with
 * `openssl req -x509 -newkey rsa:2048 -nodes -days 36500 -subj "/CN=Simulated SAML IdP"` (valid until 2126), never
 * generated at run time, so its metadata and every assertion it signs are the same in every session. A test key: it signs
 * nothing outside this simulator.
 */

/** PKCS #8, PEM. */
export const SAML_IDP_PRIVATE_KEY = `
-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDHdHJeFBR7lGqr
mugwOx1cqIIDKI0StvokSErj9W+57xoiW+6uRqHXWXQmNBB7X4+RTNOpbgjofdIC
epZYXMyOMI9au3kKV6UlorL00WwDvzSeWdjH/QORBvoMQNqFIWF3nbwliRsnlI03
44/y/37l9ibNj3MOBcFQth8Ix9IYMzwZKG9aEPUk1j3xa/k/FH7VKEqwa05svqHM
6mK8PQtwGAGrxtVeZeWbRTLMF3Dq4mlHKJpl/B/jdLE8XgRseRSYnlLyfNye8S4l
MYEDDF4iRt3LCjQimdNsC6N0sUB7yfhy4c7ZDPvauoijLDI9wmw3DL0i4oZNZ0U7
SifYCKCDAgMBAAECggEAHvBKB0bacIWdUEuB8G1TCNBIrosSlaXAF8hbpDr/ntoJ
y0JIZqHP2/LlHeyd5o1Jsf0L/hrykyG6kFDfU7XoCGGxnZ45UH3iQPwZAfnJkAE6
Um/XEm/a/EWWnDejzdqCNHGewZHKyQZ1gLGyCWb8Ellu5nGgeWXczpNu1/Kq/RQQ
WuH8eUyVMUsUdV/4+AcsprFE+t3gNG5PqTTZau0q9hHva4i7Vq+t3PzMwQz3Sj/H
MQXg5znOkcFuu2fp5MjDPgQuEh19u1ybkJ1X9OZwT3x1Spxh3rjg3t3CM3lOPw9u
p6eNbhlHFuRSthohLcVCfnUrxkpnlCa9lyqhlgX9SQKBgQD5fbjKGcF6/hHmGSgD
am0K7hRqmVTRIM+5WgiCILb8n2MKHMvxAQbj9dNaNTCzqa4xbvWwIHb/3o86zcCb
GzPU63vsyqPhxAespVR3IHorbtme0j/nOnlsIRo479njXmTn2oI7Hn3jQzjR1+eV
w8xh1ezertZKeEDMgUbMvMvLqQKBgQDMqIwsIRqWAIiB9IA4ssSBJ/hwYcHcudh3
2ohloowiRFFTIpMNLMOzgEizSRcwpLXiPwZ1HK+Ifr7Ygky2COrkxf/vS7SrtegN
I30DHP0MzrancHLJsxyDwVoBWOGLYehJ/wyg2nW3QwWgDVAWW4V1z3YP+91QVovQ
9Jk7Hd4GSwKBgQD2mgfu62pMsZjrgO4GAknpxc20V/53/yCTKqTCSqfUJ47zTedf
Pg6bgD36Kh0LWKpu/igmgNBetJOKIhlAtrCSwnfpY5p86xBS29ATN6zKBXVhAJxd
Z3ThJg8PPDR4ArNmYJrc6JSx753X/LpRVAlOou7QZKw3S4lxGk7qy6n8kQKBgBs7
EeuNPAxZZdBkx+rDXoIQ322UlEbaM4M/AIcFab/ldyyonQhTvHZVy1aPkxZV1B2W
ZTWP64st0hbcv3g5F4f5EGS2ngN64LVe03NmmATsPEFrJNrRiim9wEwNl3UEQfQW
i4ebia4orMbu/oj7BHb4c60MxhW6bkAPS5QiFTihAoGBAMdzLO6XTLwlyjisnXk3
wB92KGT1SEUrXOWl3HmZtGdykJtASSIab0DswKnB2E4xP8dTyjiUMxzyg+HgTq/R
B27NVK0RjECIalr3eyJWM5bCMpXhtUWZvazK4u4XWIfnVzOR2Q7ryNQwVOcsbTvs
kEWBEHZ3A6IeGarrHMMh2IsQ
-----END PRIVATE KEY-----
`;

/** X.509, PEM. */
export const SAML_IDP_CERTIFICATE_PEM = `
-----BEGIN CERTIFICATE-----
MIIDHTCCAgWgAwIBAgIUWUf4WrFtaT0Jqxfk5hmThlSzNHYwDQYJKoZIhvcNAQEL
BQAwHTEbMBkGA1UEAwwSU2ltdWxhdGVkIFNBTUwgSWRQMCAXDTI2MTIwNjIxNTMz
N1oYDzIxMjYxMTEyMjE1MzM3WjAdMRswGQYDVQQDDBJTaW11bGF0ZWQgU0FNTCBJ
ZFAwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDHdHJeFBR7lGqrmugw
Ox1cqIIDKI0StvokSErj9W+57xoiW+6uRqHXWXQmNBB7X4+RTNOpbgjofdICepZY
XMyOMI9au3kKV6UlorL00WwDvzSeWdjH/QORBvoMQNqFIWF3nbwliRsnlI0344/y
/37l9ibNj3MOBcFQth8Ix9IYMzwZKG9aEPUk1j3xa/k/FH7VKEqwa05svqHM6mK8
PQtwGAGrxtVeZeWbRTLMF3Dq4mlHKJpl/B/jdLE8XgRseRSYnlLyfNye8S4lMYED
DF4iRt3LCjQimdNsC6N0sUB7yfhy4c7ZDPvauoijLDI9wmw3DL0i4oZNZ0U7SifY
CKCDAgMBAAGjUzBRMB0GA1UdDgQWBBSpo+5eUTzpvGUpgG/mXSJzc8DkkDAfBgNV
HSMEGDAWgBSpo+5eUTzpvGUpgG/mXSJzc8DkkDAPBgNVHRMBAf8EBTADAQH/MA0G
CSqGSIb3DQEBCwUAA4IBAQASeRRGQfVc7DQscYRCu0AIJ6NQpMbTtEY2nrNeTDmu
6j5S2d6crG6CUZ7kkyrOhyFcwY8mmAnvhx9UISXuYHeZbolXeWMu2BQPdgk3ecSF
DGwh2SKWgErklo+RuhzNxORcwu+jjrfiZ8gVgAFvgRimfEN0tSLV0HMwI3mAAVp1
K4m0I/B3UFcO4yz3jR2BA1GZJ3Wyw98s/xyyJHNgIA7QAVvB8L3+yx9PEir34Hp1
zZPH95i0VW3SiW6g4M24B1MQmRAV4grBinPu5LujT1wSbnVY3eGezKnva5gVZgIo
Hr7R12M3ZswS7Yun/CPIbbfcxb3W5DR2QPI6Llnq5hyE
-----END CERTIFICATE-----
`;

/** The PEM's body: base64 of the DER, as metadata's X509Certificate and a signature's KeyInfo carry it. */
export function pemBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
}

export const SAML_IDP_CERTIFICATE = pemBody(SAML_IDP_CERTIFICATE_PEM);
