import { describe, expect, it } from 'vitest';
import {
  cardBrand,
  ibanValid,
  ipv4Valid,
  ipv6Valid,
  luhnValid,
  nhsValid,
  ninoValid,
  ssnValid,
} from './validators.js';

describe('PII validators', () => {
  it('Luhn and IIN ranges', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(cardBrand('4111111111111111')).toBe('visa');
    expect(cardBrand('378282246310005')).toBe('amex');
    expect(cardBrand('5555555555554444')).toBe('mastercard');
    expect(cardBrand('2720418695252980')).toBe('mastercard');
    expect(cardBrand('1234567812345670')).toBeUndefined();
  });

  it('IBAN mod-97 with the country length', () => {
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('GB82WEST12345698765431')).toBe(false);
    expect(ibanValid('GB82WEST1234569876543')).toBe(false);
    expect(ibanValid('XX82WEST12345698765432')).toBe(false);
  });

  it('US SSN, UK NINO and NHS number rules', () => {
    expect(ssnValid('123', '45', '6780')).toBe(true);
    expect(ssnValid('666', '45', '6789')).toBe(false);
    expect(ssnValid('900', '45', '6789')).toBe(false);
    expect(ssnValid('123', '00', '6789')).toBe(false);
    expect(ninoValid('AB123456C')).toBe(true);
    expect(ninoValid('QQ123456C')).toBe(false);
    expect(ninoValid('GB123456A')).toBe(false);
    expect(nhsValid('9434765919')).toBe(true);
    expect(nhsValid('9434765918')).toBe(false);
  });

  it('IP addresses', () => {
    expect(ipv4Valid('192.168.0.1')).toBe(true);
    expect(ipv4Valid('256.1.1.1')).toBe(false);
    expect(ipv4Valid('01.1.1.1')).toBe(false);
    expect(ipv6Valid('2001:db8::1')).toBe(true);
    expect(ipv6Valid('6e40:4041:c617:e898:c11:40d2:c669:2eb4')).toBe(true);
    expect(ipv6Valid('::ffff:192.0.2.1')).toBe(true);
    expect(ipv6Valid('1:2:3')).toBe(false);
    expect(ipv6Valid('2001:db8::1::2')).toBe(false);
  });
});
