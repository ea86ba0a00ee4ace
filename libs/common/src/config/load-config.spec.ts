import { IsBoolean, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { ConfigValidationError, loadConfig } from './load-config.js';
import { EnvBool, EnvInt } from './env-transforms.js';

class SampleEnv {
  @EnvInt() @IsInt() @Min(1) @Max(65535) PORT = 3000;
  @EnvBool() @IsBoolean() VERBOSE = false;
  @Matches(/^rediss?:\/\//) REDIS_URL = 'redis://127.0.0.1:6379';
  @IsString() NAME!: string;
}

describe('loadConfig', () => {
  it('applies defaults and coerces typed values', () => {
    const config = loadConfig(SampleEnv, { NAME: 'x', PORT: '8080', VERBOSE: 'true' });
    expect(config).toMatchObject({ NAME: 'x', PORT: 8080, VERBOSE: true, REDIS_URL: 'redis://127.0.0.1:6379' });
  });

  it('does not turn "false" into true', () => {
    expect(loadConfig(SampleEnv, { NAME: 'x', VERBOSE: 'false' }).VERBOSE).toBe(false);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig(SampleEnv, { PORT: 'eighty', VERBOSE: 'maybe', REDIS_URL: 'nope' });
      throw new Error('expected a ConfigValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      const problems = (error as ConfigValidationError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/VERBOSE/);
      expect(problems).toMatch(/REDIS_URL/);
      expect(problems).toMatch(/NAME/);
    }
  });

  it('ignores variables the schema does not know', () => {
    expect(() => loadConfig(SampleEnv, { NAME: 'x', UNRELATED: '1' })).not.toThrow();
  });
});
