import { z } from 'zod';

/**
 * Configuration from environment variables. Each loader declares the variables it reads
 * (name, kind, default) and `readEnv` checks them all with zod at start, so a service
 * refuses to start with one message that names every bad or missing variable, instead of
 * stopping at the first.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Env = Record<string, string | undefined>;

/** One variable: how zod reads its text, what the error says it must be, and its default. */
export interface Variable<T = unknown, Always extends boolean = boolean> {
  readonly schema: z.ZodType<T>;
  readonly expected: string;
  readonly fallback: T | undefined;
  readonly required: boolean;
  /** Whether the loader always gets a value (a default, or required); types only. */
  readonly always: Always;
}

function kind<T>(schema: z.ZodType<T>, expected: string) {
  return {
    optional: (): Variable<T, false> => ({ schema, expected, fallback: undefined, required: false, always: false }),
    withDefault: (fallback: T): Variable<T, true> => ({ schema, expected, fallback, required: false, always: true }),
    required: (): Variable<T, true> => ({ schema, expected, fallback: undefined, required: true, always: true }),
  };
}

/** The kinds of value the hub's variables hold. */
export const variable = {
  text: kind(z.string(), 'text'),
  port: kind(z.coerce.number().int().min(0).max(65535), 'a port number (0-65535)'),
  positiveInt: kind(z.coerce.number().int().positive(), 'a positive whole number'),
  wholeNumber: kind(z.coerce.number().int().nonnegative(), 'a whole number (0 or more)'),
  url: kind(z.url(), 'a URL'),
  boolean: kind(z.stringbool(), 'true or false'),
};

export type EnvValues<S extends Record<string, Variable>> = {
  [N in keyof S]: S[N] extends Variable<infer T, infer Always> ? (Always extends true ? T : T | undefined) : never;
};

/**
 * Reads the declared variables from `env`: blank counts as unset, text is trimmed, and every
 * problem is collected before one ConfigError names them all (passwords in URLs hidden).
 */
export function readEnv<S extends Record<string, Variable>>(env: Env, spec: S): EnvValues<S> {
  return readEnvs(env, spec)[0];
}

/** `readEnv` for several specs at once (fixed names, and names made per service), with one report. */
export function readEnvs<S extends Record<string, Variable>[]>(env: Env, ...specs: S): { [I in keyof S]: EnvValues<S[I]> } {
  const problems: string[] = [];
  const results = specs.map((spec) => {
    const values: Record<string, unknown> = {};
    for (const [name, declared] of Object.entries(spec)) {
      const text = env[name]?.trim();
      if (text === undefined || text === '') {
        if (declared.required) problems.push(`${name} must be set`);
        values[name] = declared.fallback;
        continue;
      }
      const parsed = declared.schema.safeParse(text);
      if (parsed.success) values[name] = parsed.data;
      else problems.push(`${name} must be ${declared.expected}, got "${redactUrl(text)}"`);
    }
    return values;
  });
  if (problems.length > 0) throw new ConfigError(problems.join('; '));
  return results as { [I in keyof S]: EnvValues<S[I]> };
}

/**
 * Runs every loader of a service (its own variables, the identity provider's, the query
 * limits, …) and reports the configuration problems of all of them in one ConfigError.
 */
export function loadAll<T extends unknown[]>(...loaders: { [I in keyof T]: () => T[I] }): T {
  const problems: string[] = [];
  const values = loaders.map((load) => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(error.message);
      return undefined;
    }
  });
  if (problems.length > 0) throw new ConfigError(problems.join('; '));
  return values as T;
}

/** Hides the password of a connection string before it is printed. */
export function redactUrl(value: string): string {
  return value.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
