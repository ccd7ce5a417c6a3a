/**
 * Turns zod issues into findings whose messages say what is allowed:
 * `proficiency must be in (0, 1], got 1.5`, `unknown key "arival"; allowed: name, arrivals, ...`.
 * The offending value is looked up in the input by path, so no parse option is needed for it.
 */
import type { z } from 'zod';
import { describeValue, isRecord, type Finding, type PathSegment } from './finding.js';
import { getIn as valueAt } from './path.js';
import { closest, didYouMean } from './suggest.js';
import { quoteText } from './text-safety.js';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

const TYPE_NOUNS: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'an integer',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

/** Findings for every issue, unions resolved to the branch the input was meant for. */
export function findingsFromIssues(issues: readonly Issue[], input: unknown, schema: AnySchema): Finding[] {
  const out: Converted[] = [];
  for (const issue of issues) convertIssue(issue, [], input, schema, out);
  // zod also runs length checks on a value of the wrong type ("name: []"); its type is the news.
  const wrongType = new Set(out.filter((f) => f.wrongType).map((f) => JSON.stringify(f.path)));
  return out.filter((f) => f.wrongType || !wrongType.has(JSON.stringify(f.path))).map(({ wrongType: _, ...f }) => f);
}

/** A finding marked when it says the value has the wrong type (or is missing). */
type Converted = Finding & { readonly wrongType?: boolean };

function convertIssue(issue: Issue, base: readonly PathSegment[], input: unknown, schema: AnySchema, out: Converted[]): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const value = valueAt(input, path);
  const missing = value === undefined && path.length > 0 && isRecord(valueAt(input, path.slice(0, -1)));
  if (missing && (issue.code === 'invalid_type' || (issue.code === 'invalid_union' && issue.discriminator === undefined))) {
    out.push({ path, message: `missing required key "${String(path[path.length - 1])}"`, wrongType: true });
    return;
  }
  const subject = subjectOf(path);
  const rule = issue.message.startsWith('must ') ? issue.message : undefined;
  const finish = (ruleText: string): void => {
    out.push({ path, message: `${subject} ${ruleText}, got ${describeValue(value)}` });
  };

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path, input);
      for (const key of issue.keys) {
        out.push({ path: [...path, key], at: 'key', message: unknownKeyMessage(key, allowed, schema, path, input) });
      }
      return;
    }
    case 'invalid_type': {
      if (rule !== undefined) {
        out.push({ path, message: `${subject} ${rule}, got ${describeValue(value)}`, wrongType: true });
        return;
      }
      const integer = issue.expected === 'int' || (issue.expected === 'number' && isIntegerSchema(schemaAt(schema, path, input)));
      const noun = integer ? 'an integer' : (TYPE_NOUNS[issue.expected] ?? issue.expected);
      let hint = '';
      if (issue.expected === 'array' && isRecord(value)) hint = ' (write each entry on its own line starting with "- ")';
      out.push({ path, message: `${subject} must be ${noun}, got ${describeValue(value)}${hint}`, wrongType: true });
      return;
    }
    case 'too_small':
    case 'too_big': {
      if (rule !== undefined) return finish(rule);
      const small = issue.code === 'too_small';
      const bound = small ? issue.minimum : issue.maximum;
      if (issue.origin === 'array' || issue.origin === 'string') {
        const unit = issue.origin === 'array' ? 'entries' : 'characters';
        return finish(`must have ${small ? 'at least' : 'at most'} ${String(bound)} ${unit}`);
      }
      const op = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
      return finish(`must be ${op} ${String(bound)}`);
    }
    case 'invalid_value': {
      if (rule !== undefined) return finish(rule);
      const options = issue.values.map(String);
      const allowed = options.length === 1 ? options[0]! : `one of ${options.join(', ')}`;
      const hint = typeof value === 'string' ? didYouMean(value, options) : '';
      out.push({ path, message: `${subject} must be ${allowed}, got ${describeValue(value)}${hint}` });
      return;
    }
    case 'invalid_format':
      return finish(rule ?? `must match ${issue.pattern ?? issue.format}`);
    case 'invalid_union':
      return convertUnion(issue, path, value, input, schema, out);
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      const inner = issue.issues.find((i) => i.message.startsWith('must '));
      out.push({ path, at: 'key', message: `key ${quoteText(key)} ${inner?.message ?? 'is not allowed here'}` });
      return;
    }
    case 'custom':
      if (rule !== undefined) return finish(rule);
      out.push({ path, message: issue.message });
      return;
    default:
      out.push({ path, message: `${subject}: ${issue.message}` });
  }
}

function convertUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PathSegment[],
  value: unknown,
  input: unknown,
  schema: AnySchema,
  out: Converted[],
): void {
  // A discriminated union whose discriminator matched no option (an unknown `dist`).
  if (issue.discriminator !== undefined && issue.errors.length === 0) {
    const options = (('options' in issue ? issue.options : undefined) ?? []).map(String);
    const key = issue.discriminator;
    const allowed = `${key === 'dist' ? 'distributions' : 'allowed'}: ${options.join(', ')}`;
    if (value === undefined) {
      out.push({ path, message: `missing required key ${quoteText(key)}; ${allowed}` });
    } else {
      const hint = typeof value === 'string' ? didYouMean(value, options) : '';
      const what = key === 'dist' ? 'distribution' : `${key}`;
      out.push({ path, message: `unknown ${what} ${describeValue(value)}; ${allowed}${hint}` });
    }
    return;
  }
  // Otherwise the branch whose type the input has (a list for a rate profile, a mapping for a
  // distribution) says what is wrong inside it; with no such branch, the union's own rule does.
  const meant = issue.errors.find(
    (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  if (meant !== undefined) {
    for (const inner of meant) convertIssue(inner, path, input, schema, out);
    return;
  }
  const rule = issue.message.startsWith('must ')
    ? issue.message
    : `must be ${issue.errors
        .flatMap((branch) => branch.filter((i) => i.code === 'invalid_type').map((i) => TYPE_NOUNS[i.expected] ?? i.expected))
        .join(' or ')}`;
  out.push({ path, message: `${subjectOf(path)} ${rule}, got ${describeValue(value)}`, wrongType: true });
}

/** The name a message starts with: the last key with any indices after it (`daysOff[2]`). */
function subjectOf(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the scenario';
  let end = path.length - 1;
  let indices = '';
  while (end >= 0 && typeof path[end] === 'number') {
    indices = `[${path[end]}]${indices}`;
    end--;
  }
  if (end < 0) return `entry${indices}`;
  if (end >= 1 && path[end - 1] === 'skills' && indices === '') return 'proficiency';
  return `${String(path[end])}${indices}`;
}

function unknownKeyMessage(key: string, allowed: readonly string[], schema: AnySchema, path: readonly PathSegment[], input: unknown): string {
  let hint = didYouMean(key, allowed);
  if (hint === '') {
    // A key written one level too high: `open` at the top instead of under `calendar`.
    for (const child of allowed) {
      const childKeys = objectKeysOf(schemaAt(schema, [...path, child], input));
      if (childKeys.includes(key)) {
        hint = `; did you mean ${quoteText(`${child}.${key}`)} (it belongs under ${child})?`;
        break;
      }
      const near = closest(key, childKeys);
      if (near !== undefined && hint === '') hint = `; did you mean "${child}.${near}"?`;
    }
  }
  return `unknown key ${quoteText(key)}; allowed: ${allowed.join(', ')}${hint}`;
}

// ---------------------------------------------------------------------------------------------
// Walking the schema along a path (zod 4 definitions), to list the keys an object allows.

interface Def {
  readonly type: string;
  readonly shape?: Record<string, AnySchema>;
  readonly element?: AnySchema;
  readonly innerType?: AnySchema;
  readonly options?: readonly AnySchema[];
  readonly valueType?: AnySchema;
  readonly in?: AnySchema;
  readonly values?: readonly unknown[];
  readonly format?: string;
}

function defOf(schema: AnySchema): Def {
  return schema._zod.def as unknown as Def;
}

/** The schema of the value at `path`, wrappers removed; unions resolved by the input's literals. */
function schemaAt(root: AnySchema, path: readonly PathSegment[], input: unknown): AnySchema | undefined {
  let schema: AnySchema | undefined = unwrap(root, input);
  for (let i = 0; i < path.length && schema !== undefined; i++) {
    const def = defOf(schema);
    const segment = path[i]!;
    let next: AnySchema | undefined;
    if (def.type === 'object') next = def.shape?.[String(segment)];
    else if (def.type === 'array') next = def.element;
    else if (def.type === 'record') next = def.valueType;
    schema = next === undefined ? undefined : unwrap(next, valueAt(input, path.slice(0, i + 1)));
  }
  return schema;
}

function unwrap(schema: AnySchema, value: unknown): AnySchema {
  for (;;) {
    const def = defOf(schema);
    if (def.innerType !== undefined) schema = def.innerType;
    else if (def.type === 'pipe' && def.in !== undefined) schema = def.in;
    else if (def.type === 'union' && def.options !== undefined) schema = pickOption(def.options, value);
    else return schema;
  }
}

/** The object option whose literal keys (a discriminator such as `dist`) match the value. */
function pickOption(options: readonly AnySchema[], value: unknown): AnySchema {
  const objects = options.map((o) => unwrap(o, value)).filter((o) => defOf(o).type === 'object');
  const matching = objects.find((o) =>
    Object.entries(defOf(o).shape ?? {}).every(([key, field]) => {
      const def = defOf(field);
      return def.type !== 'literal' || (isRecord(value) && (def.values ?? []).includes(value[key]));
    }),
  );
  return matching ?? objects[0] ?? options[0]!;
}

function isIntegerSchema(schema: AnySchema | undefined): boolean {
  return schema !== undefined && defOf(schema).format === 'safeint';
}

function objectKeysOf(schema: AnySchema | undefined): string[] {
  if (schema === undefined) return [];
  const def = defOf(schema);
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function allowedKeys(schema: AnySchema, path: readonly PathSegment[], input: unknown): string[] {
  return objectKeysOf(schemaAt(schema, path, input));
}
