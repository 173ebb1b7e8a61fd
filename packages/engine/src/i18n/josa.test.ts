import { describe, expect, it } from 'vitest';
import { withJosa } from './josa.ts';

describe('Korean particles after a label', () => {
  it('follows the last syllable of the word', () => {
    expect(withJosa('진단', 'eun')).toBe('진단은');
    expect(withJosa('부품 대기', 'eun')).toBe('부품 대기는');
    expect(withJosa('고장 내용', 'eul')).toBe('고장 내용을');
    expect(withJosa('시리얼 번호', 'eul')).toBe('시리얼 번호를');
    expect(withJosa('품질 검사', 'i')).toBe('품질 검사가');
  });

  it('reads digits the Korean way and gives ㄹ its own 로', () => {
    expect(withJosa('2025-02-30', 'eun')).toBe('2025-02-30은');
    expect(withJosa('2025-03-02', 'eun')).toBe('2025-03-02는');
    expect(withJosa('수리 접수', 'euro')).toBe('수리 접수로');
    expect(withJosa('출고 완료', 'euro')).toBe('출고 완료로');
    expect(withJosa('검수 결과', 'euro')).toBe('검수 결과로');
    expect(withJosa('진단', 'euro')).toBe('진단으로');
  });

  it('writes both forms when it cannot tell (a Latin word)', () => {
    expect(withJosa('Nordwind GmbH', 'eul')).toBe('Nordwind GmbH을(를)');
    expect(withJosa('SN-1', 'euro')).toBe('SN-1로');
  });
});
