import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { scheduledHours, timeOffDays, timeOffHours, workload } from '../../src/offer/hours.js';
import { parseOffer } from '../../src/offer/parse.js';
import { offerInput } from '../arbitraries.js';
import { offer } from '../helpers.js';

describe('hours (docs/semantics.md §4)', () => {
  test('a salary schedules hoursPerWeek × 52; hourly pays its paid weeks', () => {
    expect(scheduledHours(offer({ pay: { type: 'salary', amount: 1, hoursPerWeek: 37.5 } }).pay).toString()).toBe('1950');
    expect(scheduledHours(offer({ pay: { type: 'hourly', rate: 1, hoursPerWeek: 30, paidWeeksPerYear: 48 } }).pay).toString()).toBe('1440');
  });

  test('a day off is hoursPerWeek / 5 hours', () => {
    // 10 + 3 + 7 + 2 = 22 days × 36 h / 5 = 158.4 h
    const parsed = offer({
      pay: { type: 'salary', amount: 1, hoursPerWeek: 36 },
      benefits: { timeOff: { vacationDays: 10, sickDays: 3, holidays: 7, personalDays: 2 } },
    });
    const { timeOff } = parsed.benefits;
    expect(timeOffDays(timeOff).toString()).toBe('22');
    expect(timeOffHours(timeOff, parsed.pay).toString()).toBe('158.4');
    // On a four-day week a day off is 36 / 4 = 9 h: 22 × 9 = 198 h; weeks worked 52 − 22 / 4 = 46.5.
    const fourDays = offer({ pay: { type: 'salary', amount: 1, hoursPerWeek: 36, daysPerWeek: 4 }, benefits: { timeOff: { vacationDays: 22 } } });
    expect(timeOffHours(fourDays.benefits.timeOff, fourDays.pay).toString()).toBe('198');
    expect(workload(fourDays).workedWeeks.toString()).toBe('46.5');
  });

  test('weeks worked = Hs / hpw − Hoff / hpw', () => {
    // Hourly 40 h × 50 paid weeks = 2,000 h; 10 days off = 80 h; Ww = 50 − 2 = 48
    const hours = workload(offer({ pay: { type: 'hourly', rate: 1, paidWeeksPerYear: 50 }, benefits: { timeOff: { vacationDays: 10 } } }));
    expect([hours.scheduledHours, hours.timeOffHours, hours.workedWeeks].map(String)).toEqual(['2000', '80', '48']);
  });

  // Days off with up to three decimals and odd hours, not only the whole days of offerInput.
  const days = fc.integer({ min: 0, max: 60_000 }).map((thousandths) => thousandths / 1000);
  fcTest.prop([offerInput, days, fc.integer({ min: 1, max: 1000 }).map((tenths) => tenths / 10)], { numRuns: 300 })(
    'weeks worked, computed as paid weeks − days ÷ 5, is exactly (Hs − Hoff) ÷ hpw',
    (input, vacationDays, hoursPerWeek) => {
      const pay = { ...input.pay, hoursPerWeek };
      // Fewer days off than the paid weeks have work days (5 a week), as parsing requires.
      const paidWeeks = Number(scheduledHours(parseOffer({ ...input, pay }).pay).div(hoursPerWeek));
      // Overtime in a given number of weeks is left out: those weeks could outnumber the weeks worked.
      const { overtime: _overtime, ...withoutOvertime } = input;
      const rewritten = parseOffer({
        ...withoutOvertime,
        pay,
        benefits: { ...input.benefits, timeOff: { vacationDays: Math.min(vacationDays, 4 * paidWeeks) } },
      });
      const hours = workload(rewritten);
      expect(hours.workedWeeks.toString()).toBe(hours.scheduledHours.minus(hours.timeOffHours).div(rewritten.pay.hoursPerWeek).toString());
    },
  );
});
