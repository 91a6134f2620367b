import { jwtStructureValid } from './checksums.js';
import { isAddressLabel } from '../pii/email.js';
import { fake, isPlaceholder, pushStarts, shannonEntropy, type SecretRule } from './rule.js';

const PEM_WINDOW = { before: 16, after: 8400 };
const pem = (label: string) =>
  `-----BEGIN ${label}-----\n${fake('b', 64)}\n${fake('b', 64)}\n-----END ${label}-----`;
const block = (label: string): RegExp =>
  // The body is optional so a key cut off mid-paste is still caught by its header.
  new RegExp(`(-----BEGIN ${label}-----(?:[\\s\\S]{0,8192}?-----END ${label}-----)?)`);

// A password inside a URL is real only when it is not a template placeholder.
const realPassword = (password: string) =>
  !isPlaceholder(decodeURIComponent(password.replace(/%(?![0-9a-f]{2})/gi, '%25')));

const jwtExample = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"1234567890","name":"A"}').toString('base64url')}.${fake('w', 43)}`;

/**
 * Where a match can begin in `slice`: `1` to `longest` units before each occurrence of `literal`, ascending
 * (a scheme ends right before "://"). With '@' as the keyword, an e-mail-dense text merges the windows into the
 * whole text; then each '://' costs `longest` sticky tries instead of the regex being tried at every position.
 */
function before(literal: string, longest: number): (slice: string) => number[] {
  return (slice) => {
    const out: number[] = [];
    for (let q = slice.indexOf(literal); q >= 0; q = slice.indexOf(literal, q + 1))
      pushStarts(out, q - longest, q);
    return out;
  };
}

function url(
  id: string,
  description: string,
  schemes: string,
  keywords: string[],
  example: string,
): SecretRule {
  // The longest text a scheme alternative matches: its units, an escape or an optional `s?` counted once.
  const longest = Math.max(
    ...schemes.split('|').map((a) => a.replace(/\\(.)/g, '$1').replace(/\?/g, '').length),
  );
  return {
    id,
    description,
    regex: new RegExp(`\\b(?:${schemes}):\\/\\/[^\\s:/@'"<>]{1,64}:([^\\s@/'"<>]{3,128})@[^\\s'"<>]+`, 'i'),
    // Keyed on the "@" of the userinfo (much rarer in prose than the scheme); the scheme sits before it.
    keywords: ['@'],
    startsAt: before('://', longest),
    window: { before: 220, after: 300 },
    score: 0.9,
    validate: realPassword,
    example,
  };
}

/** 1 for the units of a login in login-password-at-host: [A-Za-z0-9._%+-]. */
const LOGIN = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-')
  LOGIN[c.charCodeAt(0)] = 1;

/** The start of the run of login units ending at each ':' of `slice` (when there is one), ascending. */
function loginStarts(slice: string): number[] {
  const out: number[] = [];
  for (let q = slice.indexOf(':'); q >= 0; q = slice.indexOf(':', q + 1)) {
    let s = q;
    while (s > 0 && q - s <= 64) {
      const c = slice.charCodeAt(s - 1);
      if (c >= 128 || LOGIN[c] !== 1) break;
      s--;
    }
    if (s < q) out.push(s);
  }
  return out;
}

/** Private keys, tokens with structure, connection strings and credentials by name. */
export const KEY_RULES: SecretRule[] = [
  {
    id: 'private-key-rsa',
    description: 'RSA private key (PEM)',
    regex: block('RSA PRIVATE KEY'),
    keywords: ['begin rsa private key'],
    window: PEM_WINDOW,
    score: 0.99,
    example: pem('RSA PRIVATE KEY'),
  },
  {
    id: 'private-key-ec',
    description: 'EC private key (PEM)',
    regex: block('EC PRIVATE KEY'),
    keywords: ['begin ec private key'],
    window: PEM_WINDOW,
    score: 0.99,
    example: pem('EC PRIVATE KEY'),
  },
  {
    id: 'private-key-dsa',
    description: 'DSA private key (PEM)',
    regex: block('DSA PRIVATE KEY'),
    keywords: ['begin dsa private key'],
    window: PEM_WINDOW,
    score: 0.99,
    example: pem('DSA PRIVATE KEY'),
  },
  {
    id: 'private-key-pkcs8',
    description: 'PKCS#8 private key (PEM)',
    regex: block('PRIVATE KEY'),
    keywords: ['begin private key'],
    window: PEM_WINDOW,
    score: 0.99,
    example: pem('PRIVATE KEY'),
  },
  {
    id: 'private-key-encrypted',
    description: 'Encrypted PKCS#8 private key (PEM)',
    regex: block('ENCRYPTED PRIVATE KEY'),
    keywords: ['begin encrypted private key'],
    window: PEM_WINDOW,
    score: 0.95,
    example: pem('ENCRYPTED PRIVATE KEY'),
  },
  {
    id: 'private-key-openssh',
    description: 'OpenSSH private key',
    regex: block('OPENSSH PRIVATE KEY'),
    keywords: ['begin openssh private key'],
    window: PEM_WINDOW,
    score: 0.99,
    example: pem('OPENSSH PRIVATE KEY'),
  },
  {
    id: 'private-key-pgp',
    description: 'PGP private key block',
    regex: block('PGP PRIVATE KEY BLOCK'),
    keywords: ['begin pgp private key block'],
    window: PEM_WINDOW,
    score: 0.99,
    example: pem('PGP PRIVATE KEY BLOCK'),
  },
  {
    id: 'private-key-putty',
    description: 'PuTTY private key file',
    regex: /(PuTTY-User-Key-File-\d: [\w-]+[\s\S]{0,200}?Private-Lines: \d+)/,
    keywords: ['putty-user-key-file-'],
    score: 0.99,
    example:
      'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: k\nPublic-Lines: 2\nAAAA\nPrivate-Lines: 1',
  },
  {
    id: 'age-secret-key',
    description: 'age encryption secret key',
    regex: /\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/,
    keywords: ['age-secret-key-1'],
    score: 0.99,
    example: `AGE-SECRET-KEY-1${'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.repeat(2).slice(0, 58)}`,
  },
  {
    id: 'jwt',
    description: 'JSON Web Token',
    regex: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,})(?![\w-])/,
    keywords: ['eyj'],
    score: 0.85,
    validate: (t) => jwtStructureValid(t),
    example: jwtExample,
  },
  url(
    'postgres-connection-string',
    'PostgreSQL connection string with a password',
    'postgres|postgresql|cockroachdb|redshift',
    ['postgres', 'cockroachdb', 'redshift'],
    `postgres://app:${fake('a', 16)}@db.internal:5432/prod`,
  ),
  url(
    'mysql-connection-string',
    'MySQL / MariaDB connection string with a password',
    'mysql|mysql2|mariadb|jdbc:mysql',
    ['mysql', 'mariadb'],
    `mysql://root:${fake('a', 14)}@10.0.0.5:3306/shop`,
  ),
  url(
    'mongodb-connection-string',
    'MongoDB connection string with a password',
    'mongodb|mongodb\\+srv',
    ['mongodb'],
    `mongodb+srv://svc:${fake('a', 18)}@cluster0.example.mongodb.net/app`,
  ),
  url(
    'redis-connection-string',
    'Redis connection string with a password',
    'rediss?',
    ['redis'],
    `rediss://default:${fake('a', 24)}@cache.internal:6380`,
  ),
  url(
    'amqp-connection-string',
    'AMQP (RabbitMQ) connection string with a password',
    'amqps?',
    ['amqp'],
    `amqps://svc:${fake('a', 16)}@mq.internal/vhost`,
  ),
  url(
    'mssql-connection-string',
    'SQL Server / Oracle / ClickHouse / Neo4j URL with a password',
    'mssql|sqlserver|oracle|clickhouse|neo4j|neo4j\\+s|couchdb|snowflake',
    ['mssql', 'sqlserver', 'oracle', 'clickhouse', 'neo4j', 'couchdb', 'snowflake'],
    `mssql://sa:${fake('a', 16)}@sql.internal:1433/db`,
  ),
  url(
    'ldap-connection-string',
    'LDAP URL with a bind password',
    'ldaps?',
    ['ldap'],
    `ldaps://cn=admin:${fake('a', 16)}@ldap.internal`,
  ),
  url(
    'ftp-connection-string',
    'FTP / SFTP / SMTP URL with a password',
    'ftps?|sftp|smtps?|imaps?',
    ['ftp', 'smtp', 'imap'],
    `sftp://deploy:${fake('a', 16)}@files.example.org/upload`,
  ),
  url(
    'basic-auth-url',
    'HTTP(S) URL with user:password credentials',
    'https?',
    ['http'],
    `https://admin:${fake('a', 16)}@internal.example.org/api`,
  ),
  {
    // The same credential with its scheme left off: proxy settings (`HTTPS_PROXY=svc:pw@proxy.corp:3128`), a
    // connection string pasted without its `postgres://`. The PII scanner calls it no email address (pii/email.ts).
    id: 'login-password-at-host',
    description: 'login:password@host without a scheme',
    regex:
      /(?<![\w.%+:/@-])([A-Za-z0-9._%+-]{1,64}:[^\s:@/'"<>]{3,128})@(?:localhost\b|\d{1,3}(?:\.\d{1,3}){3}\b|(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}\b)/,
    keywords: ['@'],
    // The login is a whole run of its units (the look-behind forbids one before it) ending at the first ':'.
    startsAt: loginStarts,
    window: { before: 220, after: 300 },
    score: 0.85,
    validate: (pair) => {
      const colon = pair.indexOf(':');
      return !isAddressLabel(pair.slice(0, colon)) && realPassword(pair.slice(colon + 1));
    },
    // A literal: a fake() call here would shift every later rule's pseudo-random example.
    example: 'svc-backup:Xk29dkqA7pLmW3rT@db.internal.example.com:5432',
  },
  {
    id: 'ado-connection-string',
    description: 'ADO.NET / ODBC connection string with a password',
    regex:
      /(?:Server|Data Source|Host|Address)=[^;'"\n]{1,200};[^'"\n]{0,200}?\b(?:Password|Pwd)=([^;'"\s]{4,128})/i,
    keywords: ['password=', 'pwd='],
    window: { before: 420, after: 140 },
    score: 0.9,
    validate: (p) => !isPlaceholder(p),
    example: `Server=tcp:sql.example.net,1433;Database=app;User ID=svc;Password=${fake('a', 16)};Encrypt=true`,
  },
  {
    id: 'authorization-basic',
    description: 'HTTP Basic credentials in an Authorization header',
    regex: /Authorization:\s*Basic\s+([A-Za-z0-9+/]{8,}={0,2})/i,
    keywords: ['basic'],
    score: 0.9,
    validate: (v) => Buffer.from(v, 'base64').toString('utf8').includes(':'),
    example: `Authorization: Basic ${Buffer.from(`svc:${fake('a', 12)}`).toString('base64')}`,
  },
  {
    id: 'authorization-bearer',
    description: 'Bearer token in an Authorization header',
    regex: /Authorization:\s*Bearer\s+([A-Za-z0-9._~+/-]{20,}=*)/i,
    keywords: ['bearer'],
    score: 0.85,
    minEntropy: 3.5,
    validate: (v) => !isPlaceholder(v),
    example: `Authorization: Bearer ${fake('w', 40)}`,
  },
  {
    id: 'netrc-password',
    description: 'Password in a .netrc / .pypirc entry',
    regex: /\bmachine\s+\S+\s+login\s+\S+\s+password\s+(\S{4,})/,
    keywords: ['machine'],
    score: 0.9,
    validate: (p) => !isPlaceholder(p),
    example: `machine api.example.com login deploy password ${fake('a', 16)}`,
  },
  {
    id: 'cli-password-flag',
    description: 'Password passed on a command line (curl -u, sshpass -p, mysql -p)',
    regex:
      /\b(?:curl\b[^\n]{0,200}?\s(?:-u|--user)\s+['"]?[^\s:'"]+:([^\s'"]{4,})|sshpass\s+-p\s*['"]?([^\s'"]{4,})|mysql\b[^\n]{0,100}?\s-p([^\s'"-][^\s'"]{3,}))/,
    keywords: ['curl', 'sshpass', 'mysql'],
    score: 0.85,
    validate: (p) => !isPlaceholder(p),
    example: `curl -u deploy:${fake('a', 14)} https://example.org/api`,
  },
  {
    // The "high-entropy string near a secret-like name" rule: the name makes it a credential, entropy makes it real.
    id: 'generic-credential-assignment',
    description: 'High-entropy value assigned to a secret-like name (password, api_key, token, secret…)',
    regex:
      /(?:passw(?:or)?d|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|private[_-]?key|credential|signing[_-]?key|encryption[_-]?key)[\w.-]{0,20}?["'`]?\s{0,3}(?:=|:|=>|:=)\s{0,3}["'`]?([^\s"'`;,<>()[\]{}]{12,200})/i,
    keywords: ['pass', 'pwd', 'secret', 'key', 'token', 'credential'],
    window: { before: 24, after: 260 },
    // Each name begins with a keyword or with a word before one: "encryption_key" 11 units before "key".
    startsBeforeHit: 11,
    score: 0.7,
    minEntropy: 3.3,
    validate: (v) =>
      !isPlaceholder(v) &&
      !/^[a-z]+(?:[_.-][a-z]+)*$/i.test(v) &&
      !/^\$|^%\(|process\.env|getenv/i.test(v) &&
      shannonEntropy(v) >= 3.3,
    example: `db_password = "${fake('a', 8)}!${fake('a', 8)}"`,
  },
];
