import { describe, expect, it } from 'vitest';
import { feedbackCsv } from '../../src/domain/feedbackCsv';

describe('feedback CSV', () => {
  it('counts identical answers on one line, sorted, with a header', () => {
    const row = { date: '2026-11-23', momentId: 'child', lang: 'ar', satisfaction: 'good', simple: 'yes' };
    const csv = feedbackCsv([row, row, { ...row, lang: 'fr', simple: 'no' }, { ...row, date: '2026-11-22' }]);
    expect(csv.split('\r\n')).toEqual([
      'date;moment;langue;satisfaction;simple;nombre',
      '2026-11-22;child;ar;good;yes;1',
      '2026-11-23;child;ar;good;yes;2',
      '2026-11-23;child;fr;good;no;1',
      '',
    ]);
  });

  it('quotes fields that hold a separator', () => {
    expect(feedbackCsv([{ date: 'a;b', momentId: 'x"y', lang: 'fr', satisfaction: 'bad', simple: 'no' }])).toContain(
      '"a;b";"x""y";fr;bad;no;1',
    );
  });

  it('has only the header when there is nothing', () => {
    expect(feedbackCsv([])).toBe('date;moment;langue;satisfaction;simple;nombre\r\n');
  });
});
