/**
 * Messy records: mixed date formats, a daylight-saving change, rows with end before start, unknown
 * outcomes, a missing column, an empty file, durations instead of timestamps, a columns map. Every
 * row not used is counted under its reason with its line number; files that cannot be read at all
 * are refused with a message that says what is missing and how to map it.
 */
import { describe, expect, it } from 'vitest';
import { columnsMapSchema } from '../../../src/analysis/fit/columns.js';
import { readRecords } from '../../../src/analysis/fit/csv-rows.js';
import { absenceReader, RecordFileError, visitReader } from '../../../src/analysis/fit/row-reader.js';
import { parseDuration, parseTimestamp, weekdayOf } from '../../../src/analysis/fit/timestamps.js';

const read = (text: string, map?: unknown) => readRecords(text, 'visits.csv', visitReader, map === undefined ? undefined : columnsMapSchema.parse(map));

describe('reading times', () => {
  it('reads ISO, slashes, dots, 12-hour clocks and epoch seconds to the same wall time', () => {
    const expected = { day: 19786, minute: 9 * 60 + 15, offset: null };
    for (const text of ['2024-03-04 09:15', '2024-03-04T09:15:00', '2024/03/04 09:15', '04/03/2024 09:15', '04.03.2024 9:15', '04-03-2024 09:15:00.000', '04/03/2024 9:15 AM']) {
      expect(parseTimestamp(text), text).toEqual(expected);
    }
    expect(parseTimestamp('03/04/2024 09:15', 'mdy')).toEqual(expected);
    expect(parseTimestamp('1709543700')).toEqual({ day: 19786, minute: 555, offset: 0 });
    expect(weekdayOf(19786)).toBe(0); // 2024-03-04 was a Monday
  });

  it('keeps offsets for durations and refuses dates that do not exist', () => {
    expect(parseTimestamp('2024-03-31T01:59:00+01:00')).toEqual({ day: 19813, minute: 119, offset: 60 });
    expect(parseTimestamp('2024-02-30 09:00')).toBeNull();
    expect(parseTimestamp('13/13/2024 09:00')).toBeNull();
    expect(parseTimestamp('yesterday')).toBeNull();
  });

  it('reads durations as minutes, H:MM:SS or MM:SS', () => {
    expect(parseDuration('4.5')).toBe(4.5);
    expect(parseDuration('90', 'seconds')).toBe(1.5);
    expect(parseDuration('1:02:30')).toBe(62.5);
    expect(parseDuration('02:30')).toBe(2.5);
    expect(parseDuration('-3')).toBeNull();
  });
});

describe('reading a visit log', () => {
  it('reads mixed date formats, counts bad rows by reason with their line numbers, and drops nothing silently', async () => {
    const text = [
      'Ticket Created;Called At;Closed At;Status;Service;Clerk',
      '2024-03-04 09:00;2024-03-04 09:02;2024-03-04 09:10;Served;sale;ana',
      '04/03/2024 09:05;;04/03/2024 09:20;abandoned;sale;',
      '2024-03-04 09:07;2024-03-04 09:08;2024-03-04 09:01;served;sale;bob',
      'not a date;;;served;sale;',
      '2024-03-04 09:09;;;balked;complaint;',
      '2024-03-04 09:11;2024-03-04 09:12;2024-03-04 09:20;maybe;sale;ana',
      '',
      '"2024-03-04 09:13";"2024-03-04 09:14";"2024-03-04 09:30";"served";"sale, big";"bob"',
    ].join('\n');
    const r = await read(text);
    expect(r.rows).toBe(7);
    expect(r.records.n).toBe(4);
    const problems = r.problems.list();
    expect(problems.map((p) => [p.message.split(' (')[0], p.count, p.lines])).toEqual([
      ['end before start', 1, [4]],
      ['arrival time not readable', 1, [5]],
      ['outcome "maybe" not recognised', 1, [7]],
    ]);
    expect(r.records.n + r.problems.total).toBe(r.rows);
    expect(r.records.classes).toEqual(['sale', 'complaint', 'sale, big']);
    expect(Array.from(r.records.columns.outcome)).toEqual([0, 1, 2, 0]);
    expect(Array.from(r.records.columns.wait)).toEqual([2, 15, NaN, 1]);
  });

  it('measures durations across a daylight-saving change by the offsets, and counts the hour on the wall clock', async () => {
    const text = ['arrival,start,end,outcome', '2024-03-31T01:50:00+01:00,2024-03-31T03:05:00+02:00,2024-03-31T03:15:00+02:00,served'].join('\n');
    const r = await read(text);
    expect(r.records.columns.wait[0]).toBe(15);
    expect(r.records.columns.service[0]).toBe(10);
    expect(r.records.columns.arrival[0]).toBe(110);
  });

  it('reads durations instead of timestamps, with a date column and the columns map', async () => {
    const text = ['Day,In,Queue (s),Talk (s),Result', '2024-03-04,09:00,120,300,Done', '2024-03-04,09:03,90,,No show'].join('\n');
    const r = await read(text, { visits: { date: 'Day', arrival: 'In', wait: 'Queue (s)', service: 'Talk (s)', outcome: 'Result', outcomes: { abandoned: ['no show'] } }, durationUnit: 'seconds' });
    expect(r.problems.total).toBe(0);
    expect(Array.from(r.records.columns.wait)).toEqual([2, 1.5]);
    expect(Array.from(r.records.columns.service)).toEqual([5, NaN]);
    expect(Array.from(r.records.columns.day)).toEqual([19786, 19786]);
  });

  it('infers the outcome without an outcome column: a start means served, only an end abandoned, neither balked', async () => {
    const text = ['arrival,start,end', '2024-03-04 09:00,2024-03-04 09:01,2024-03-04 09:05', '2024-03-04 09:00,,2024-03-04 09:07', '2024-03-04 09:00,,'].join('\n');
    const r = await read(text);
    expect(Array.from(r.records.columns.outcome)).toEqual([0, 1, 2]);
  });

  it('refuses a file without an arrival column, naming the header, the recognised names and the map', async () => {
    const error = await read('when,who\n2024-03-04 09:00,ana\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordFileError);
    expect((error as Error).message).toMatch(/^visits\.csv: no arrival column: the header has "when", "who"; names recognised for arrival: arrival, arrived, .*--columns MAP\.yaml as `visits: \{ arrival: <column> \}`/);
  });

  it('refuses an empty file, a header without rows and a map naming a column the file lacks', async () => {
    await expect(read('')).rejects.toThrow('visits.csv is empty: no header line and no rows');
    await expect(read('\n\n')).rejects.toThrow('visits.csv is empty');
    await expect(read('arrival,start,end\n')).rejects.toThrow('visits.csv has a header but no data rows');
    await expect(read('arrival,start\n2024-03-04 09:00,2024-03-04 09:01\n', { visits: { end: 'Closed' } })).rejects.toThrow('the columns map names "Closed" for visits.end, but the header has no such column');
  });

  it('gives the right line numbers after a quoted field spanning lines', async () => {
    const text = ['arrival,start,end,outcome,class', '2024-03-04 09:00,2024-03-04 09:01,2024-03-04 09:05,served,"two', 'lines"', '2024-03-04 09:00,2024-03-04 09:02,2024-03-04 09:01,served,x'].join('\n');
    const r = await read(text);
    expect(r.problems.list()[0]!.lines).toEqual([4]);
  });
});

describe('reading absences', () => {
  it('counts sick days and planned leave apart, and a plain list as sick days', async () => {
    const withReason = await readRecords('Employee,Date,Reason\nana,2024-03-04,sick\nana,2024-03-05,holiday\nbob,2024-03-04,present\n', 'abs.csv', absenceReader, undefined);
    expect(Array.from(withReason.records.columns.sick)).toEqual([1, 2, 0]);
    const plain = await readRecords('name,day\nana,04/03/2024\n', 'abs.csv', absenceReader, undefined);
    expect(Array.from(plain.records.columns.sick)).toEqual([1]);
  });
});

describe('the calendar of a short log', () => {
  it('gives every day the hours of all arrivals together when the records cover less than a week', async () => {
    const { observeCalendar } = await import('../../../src/analysis/fit/week.js');
    // Saturday 30 March only at 09:00, Sunday 31 March at 09:00 and 10:00.
    const calendar = observeCalendar([19812, 19813, 19813], [540, 545, 600]);
    expect(calendar.week.detected).toBe(false);
    expect(calendar.base).toEqual({ open: 540, close: 660 });
    expect(calendar.outsideHours).toBe(0);
    expect(calendar.weekdays.filter((w) => w.hours !== null).map((w) => w.hours)).toEqual([calendar.base, calendar.base]);
  });
});
