/**
 * Typed readers for environment variables. Services read their configuration once at
 * start through these and fail fast with a message that names the variable.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Env = Record<string, string | undefined>;

export function envReader(env: Env) {
  const raw = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  return {
    optional: raw,
    string(name: string, fallback?: string): string {
      const value = raw(name) ?? fallback;
      if (value === undefined) throw new ConfigError(`${name} must be set`);
      return value;
    },
    port(name: string, fallback: number): number {
      const value = raw(name);
      if (value === undefined) return fallback;
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new ConfigError(`${name} must be a port number (0-65535), got "${value}"`);
      }
      return port;
    },
    positiveInt(name: string, fallback: number): number {
      const value = raw(name);
      if (value === undefined) return fallback;
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} must be a positive whole number, got "${value}"`);
      return n;
    },
    wholeNumber(name: string, fallback: number): number {
      const value = raw(name);
      if (value === undefined) return fallback;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number (0 or more), got "${value}"`);
      return n;
    },
    url(name: string, fallback?: string): string {
      const value = raw(name) ?? fallback;
      if (value === undefined) throw new ConfigError(`${name} must be set`);
      try {
        new URL(value);
      } catch {
        throw new ConfigError(`${name} must be a URL, got "${redactUrl(value)}"`);
      }
      return value;
    },
    optionalUrl(name: string): string | undefined {
      return raw(name) === undefined ? undefined : this.url(name);
    },
    boolean(name: string, fallback: boolean): boolean {
      const value = raw(name)?.toLowerCase();
      if (value === undefined) return fallback;
      if (['1', 'true', 'yes', 'on'].includes(value)) return true;
      if (['0', 'false', 'no', 'off'].includes(value)) return false;
      throw new ConfigError(`${name} must be true or false, got "${value}"`);
    },
  };
}

/** Hides the password of a connection string before it is printed. */
export function redactUrl(value: string): string {
  return value.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
