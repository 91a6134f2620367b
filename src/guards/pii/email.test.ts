import { describe, expect, it } from 'vitest';
import { findEmails } from './email.js';

const emails = (text: string): string[] => findEmails(text).map((m) => text.slice(m.start, m.end));

describe('findEmails and URL user info', () => {
  it('does not report the login of a connection string or URL as an email address (it is a secret or a user)', () => {
    expect(emails('DATABASE_URL=postgres://admin:s3cretPass@db.example.com:5432/app')).toEqual([]);
    expect(emails('mongodb+srv://bob:hunter2@cluster0.example.net/test')).toEqual([]);
    expect(emails('see ftp://anna@files.example.org/x')).toEqual([]);
  });

  it('still reports addresses next to URLs, in URL paths and after mailto:', () => {
    expect(emails('mail anna@files.example.org now')).toEqual(['anna@files.example.org']);
    expect(emails('mailto:anna@example.org')).toEqual(['anna@example.org']);
    expect(emails('https://example.com/contact/anna@example.org')).toEqual(['anna@example.org']);
    expect(emails('https://example.com and bob@example.com')).toEqual(['bob@example.com']);
    expect(emails('Email:anna@example.org')).toEqual(['anna@example.org']);
  });
});

describe('findEmails and a login:password pair without a scheme', () => {
  // "user:pass@example.com" was EMAIL_ADDRESS "pass@example.com": the password named an e-mail, half of it tokenised.
  it('does not report the password of login:password@host as an email address', () => {
    expect(emails('user:pass@example.com')).toEqual([]);
    expect(emails('HTTPS_PROXY=svc:Xk29dkq@proxy.corp.example.com:3128')).toEqual([]);
    expect(emails('connect with admin:p!ss@db.example.com')).toEqual([]);
  });

  it('still reports an address after a field name glued to it', () => {
    expect(emails('Email:anna@example.org')).toEqual(['anna@example.org']);
    expect(emails('e-mail:anna@example.org')).toEqual(['anna@example.org']);
    expect(emails('Reply-To:anna@example.org')).toEqual(['anna@example.org']);
    expect(emails('Support:help@example.com')).toEqual(['help@example.com']);
    expect(emails('at 10:30 bob@example.com')).toEqual(['bob@example.com']);
  });
});
