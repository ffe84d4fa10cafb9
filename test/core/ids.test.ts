import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/core/ids';

describe('hashString', () => {
  it('is stable for the same input and differs for different inputs', () => {
    expect(hashString('47 embassies')).toBe(hashString('47 embassies'));
    expect(hashString('47 embassies')).not.toBe(hashString('48 embassies'));
  });
});
