import { IsBoolean, IsInt, Matches, Max, Min, ValidateIf } from 'class-validator';
import { EnvBool, EnvInt } from '#common';

/** Per-operator CMS sessions (POST /v1/cms/sessions). */
export class CmsSessionEnv {
  /** Off: the session routes answer 404 and every CMS call acts as the service operator. */
  @EnvBool() @IsBoolean() CMS_OPERATOR_SESSIONS = false;
  /** AES-256-GCM key the sessions are encrypted with in Redis: 32 random bytes, base64 (`openssl rand -base64 32`). */
  @ValidateIf((env: CmsSessionEnv) => env.CMS_OPERATOR_SESSIONS)
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'CMS_SESSION_KEY must be 32 random bytes in base64 (openssl rand -base64 32) when CMS_OPERATOR_SESSIONS is on' })
  CMS_SESSION_KEY?: string;
  /** A session ends this long after its login, used or not. */
  @EnvInt() @IsInt() @Min(1) @Max(7 * 86400) CMS_SESSION_MAX_AGE_SECONDS = 8 * 3600;
  /** …and this long after its last use. */
  @EnvInt() @IsInt() @Min(60) @Max(7 * 86400) CMS_SESSION_IDLE_SECONDS = 1800;
}
