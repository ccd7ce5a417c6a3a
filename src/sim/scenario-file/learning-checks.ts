/**
 * Rules of the learning keys that relate values to each other (issue 15): the office-wide `learning`
 * section and `staff[].learning.<skill>` against the skills people hold and their starting
 * proficiencies. Each error sits at the key that was given (the person's, or the office-wide one it
 * inherits), naming the person and skill it clashes with.
 *
 * Like checks.ts they run on the raw input, each value parsed on its own; a value that does not parse
 * is reported by the schema and the rules that need it are skipped.
 */
import { formatPath, isRecord, type Finding, type PathSegment } from './finding.js';
import { learningSchema, personSchema, type LearningFile } from './file-schema.js';
import { quoteText } from './text-safety.js';

/** At most this many people are named in one error about an office-wide key. */
const NAMED = 4;

interface Clash {
  /** Where the key that clashes was given. */
  readonly path: readonly PathSegment[];
  readonly key: 'target' | 'targetAlone' | 'floor';
  /** "ana's "front" (0.9)". */
  readonly who: string;
}

export function checkLearning(input: Record<string, unknown>, errors: Finding[]): void {
  const officeGiven = input.learning !== undefined;
  const officeParsed = officeGiven ? learningSchema.safeParse(input.learning) : undefined;
  // An invalid office-wide section is reported by the schema; what people inherit from it is unknown.
  if (officeParsed !== undefined && !officeParsed.success) return;
  const office = officeParsed?.data;
  if (office !== undefined) checkOwnKeys(office, ['learning'], errors);
  if (!Array.isArray(input.staff)) return;
  const clashes: Clash[] = [];
  input.staff.forEach((raw, i) => {
    if (!isRecord(raw)) return;
    const path: PathSegment[] = ['staff', i];
    const name = personSchema.shape.name.safeParse(raw.name);
    const home = personSchema.shape.home.safeParse(raw.home);
    const skills = raw.skills === undefined ? {} : isRecord(raw.skills) ? raw.skills : undefined;
    const own = raw.learning === undefined ? {} : isRecord(raw.learning) ? raw.learning : undefined;
    if (skills === undefined || own === undefined || !home.success) return;
    const person = name.success ? quoteText(name.data) : `staff[${i}]`;
    const held = new Set([home.data, ...Object.keys(skills)]);

    for (const [skill, value] of Object.entries(own)) {
      if (!held.has(skill)) {
        errors.push({
          path: [...path, 'learning', skill],
          at: 'key',
          message:
            `learning for skill ${quoteText(skill)}, which ${person} does not hold; skills held: ${[...held].join(', ')} ` +
            '(add it to skills with its starting proficiency)',
        });
        continue;
      }
      if (value === 'fixed') continue;
      const parsed = learningSchema.safeParse(value);
      if (parsed.success) checkOwnKeys(parsed.data, [...path, 'learning', skill], errors);
    }

    for (const skill of held) {
      const ownValue = Object.hasOwn(own, skill) ? own[skill] : undefined;
      if (ownValue === 'fixed') continue;
      const ownParsed = ownValue === undefined ? undefined : learningSchema.safeParse(ownValue);
      if (ownParsed !== undefined && !ownParsed.success) continue;
      const mine = ownParsed?.data ?? {};
      if (office === undefined && ownParsed === undefined) continue;
      const merged: LearningFile = { ...(office ?? {}), ...mine };
      const startRaw = Object.hasOwn(skills, skill) ? skills[skill] : skill === home.data ? 1 : undefined;
      const start = personSchema.shape.skills.unwrap().valueType.safeParse(startRaw);
      if (!start.success) continue;
      const from = (key: keyof LearningFile): readonly PathSegment[] =>
        Object.hasOwn(mine, key) ? [...path, 'learning', skill, key] : ['learning', key];
      const who = `${person} in ${quoteText(skill)} (starting at ${start.data})`;
      const growing = merged.timeConstantHours !== undefined;
      if (!growing && merged.target !== undefined) {
        clashes.push({ path: from('target'), key: 'targetAlone', who });
      } else if (growing && merged.target !== undefined && merged.target < start.data) {
        clashes.push({ path: from('target'), key: 'target', who });
      }
      if (merged.forgetting !== undefined && merged.forgetting.floor > start.data) {
        clashes.push({ path: [...from('forgetting'), 'floor'], key: 'floor', who });
      }
    }
  });
  reportClashes(clashes, errors);
}

/** Keys that make no sense together within one entry. */
function checkOwnKeys(l: LearningFile, path: readonly PathSegment[], errors: Finding[]): void {
  if (l.exponent !== undefined && l.curve !== 'power') {
    errors.push({
      path: [...path, 'exponent'],
      message: `exponent is used only with curve: power (curve is ${l.curve ?? 'exponential, the default'})`,
    });
  }
}

/** One error per key given, naming the people and skills it clashes with. */
function reportClashes(clashes: readonly Clash[], errors: Finding[]): void {
  const byPath = new Map<string, Clash[]>();
  for (const c of clashes) {
    const key = formatPath(c.path);
    byPath.set(key, [...(byPath.get(key) ?? []), c]);
  }
  for (const list of byPath.values()) {
    const first = list[0]!;
    const named = list.slice(0, NAMED).map((c) => c.who);
    const more = list.length > NAMED ? ` and ${list.length - NAMED} more` : '';
    const whom = `${named.join(', ')}${more}`;
    const message =
      first.key === 'targetAlone'
        ? `target needs timeConstantHours (how many hours of practice the skill takes to grow), which is not given for ${whom}`
        : first.key === 'target'
        ? `target must be at least the starting proficiency of every skill it makes grow; it is below ${whom} ` +
          '(a growing skill tends up to its target: raise the target, or give that skill its own learning or "fixed")'
        : `floor must be at most the starting proficiency of every skill that fades; it is above ${whom} ` +
          '(a skill fades down to its floor: lower the floor, or give that skill its own learning or "fixed")';
    errors.push({ path: first.path, message });
  }
}
