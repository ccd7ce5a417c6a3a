/**
 * A validation message said in the words of the field it sits under. The schema's messages are the
 * command line's ("count must be >= 1", "close must be after open (09:00), got "08:00"; an office
 * open past midnight is not supported, ..."): exact, and right for a file, but under a field they
 * repeat its key and speak in operators. Here the key goes (the label says it), operators become
 * words, and only the first clause stays, with a "did you mean" hint when there is one. The problem
 * list above the editor keeps the full message.
 */

/** The schema's comparison operators, in words. */
const OPERATORS: readonly [RegExp, string][] = [
  [/>= ?/g, 'at least '],
  [/<= ?/g, 'at most '],
  [/> ?/g, 'more than '],
  [/< ?/g, 'less than '],
];

/** Keys the schema names in messages, in a manager's words. */
const WORDS: Record<string, string> = {
  open: 'opening time',
  close: 'closing time',
  perHour: 'rate per hour',
  perDay: 'tasks per day',
  wagePerHour: 'wage',
  warmupMinutes: 'warm-up',
  frontMinimum: 'counter minimum',
  coverQueueThreshold: 'cover threshold',
  switchMinutes: 'switch time',
  balkAt: 'queue limit',
  dueMinutes: 'due time',
};

export function fieldMessage(message: string, key: string | number | undefined): string {
  const hint = /; did you mean [^;]*$/.exec(message)?.[0] ?? '';
  let text = message.split('; ')[0]!;
  // "close must be ..." under the Close field: the subject is the field itself.
  if (key !== undefined && text.startsWith(`${String(key)} `)) text = text.slice(String(key).length + 1);
  text = text.replace(/\b(calendar|policy|costs|targets|absences)\.(\w+)/g, (_, __, k: string) => WORDS[k] ?? k);
  text = text.replace(/\b(open|close)\b(?= \(|,|$)/g, (k: string) => WORDS[k]!);
  for (const [pattern, words] of OPERATORS) text = text.replace(pattern, words);
  const said = `${text}${hint}`;
  return said.charAt(0).toUpperCase() + said.slice(1);
}
