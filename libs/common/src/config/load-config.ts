import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** Thrown at boot when the environment does not satisfy an app's config schema; lists every problem at once. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const name = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => `${name}: ${message}`);
    return [...own, ...flatten(error.children ?? [], name)];
  });
}

/**
 * Validates `env` against a class-validator schema whose property names are the variable names.
 * Values are only coerced by the schema's own @Transform decorators (see env-transforms.ts),
 * so "false" never silently becomes `true`.
 */
export function loadConfig<T extends object>(schema: new () => T, env: Record<string, string | undefined> = process.env): T {
  const known = Object.keys(new schema());
  const input: Record<string, unknown> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const config = plainToInstance(schema, input, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigValidationError(flatten(errors));
  return config;
}

/** Boot helper: load the config or print what is wrong and stop the process. */
export function loadConfigOrExit<T extends object>(schema: new () => T, appName: string): T {
  try {
    return loadConfig(schema);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`[${appName}] cannot start. ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

type Schemas = Record<string, new () => object>;
type Loaded<S extends Schemas> = { [K in keyof S]: InstanceType<S[K]> };

/** Loads several schemas from one environment and reports every problem of all of them at once. */
export function loadConfigs<S extends Schemas>(schemas: S, env: Record<string, string | undefined> = process.env): Loaded<S> {
  const problems: string[] = [];
  const loaded: Record<string, object> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    try {
      loaded[name] = loadConfig(schema, env);
    } catch (error) {
      if (!(error instanceof ConfigValidationError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return loaded as Loaded<S>;
}

/** Boot helper: load or print every problem and stop the process. */
export function loadConfigsOrExit<S extends Schemas>(schemas: S, appName: string): Loaded<S> {
  try {
    return loadConfigs(schemas);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`[${appName}] cannot start. ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
