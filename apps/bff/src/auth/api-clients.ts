import { plainToInstance, Type } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Min, MinLength, validateSync, ValidateNested } from 'class-validator';
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigValidationError } from '#common';
import { SCOPES } from './scopes.js';

class ApiClientEntry {
  @IsString() @MinLength(1) name!: string;
  /** SHA-256 (hex) of the key: the BFF never stores keys themselves. */
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be the 64-character lowercase hex SHA-256 of the API key' }) sha256!: string;
  @IsArray() @ArrayNotEmpty() @IsIn(['*', ...SCOPES, 'wallet:*', 'middleware:*', 'cms:*', 'migration:*', 'jobs:*'], { each: true }) scopes!: string[];
  /** Partner ids this app may touch, or ["*"]. */
  @IsArray() @ArrayNotEmpty() @IsString({ each: true }) partners!: string[];
  /** Requests per rate-limit window for this app, instead of BFF_RATE_LIMIT. */
  @IsOptional() @IsInt() @Min(1) rateLimit?: number;
  /** `operator-session`: this app's CMS writes must carry X-Cms-Session (never the service operator's rights). */
  @IsOptional() @IsIn(['service-operator', 'operator-session']) cmsWrites?: CmsWrites;
}

export type CmsWrites = 'service-operator' | 'operator-session';

class ApiClientList {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ApiClientEntry) clients!: ApiClientEntry[];
}

export interface ApiClient {
  name: string;
  scopes: ReadonlySet<string>;
  /** undefined = every partner. */
  partners?: ReadonlySet<string>;
  /** Requests per rate-limit window, when this app has its own; otherwise BFF_RATE_LIMIT applies. */
  rateLimit?: number;
  /** Who the app's CMS writes act as: absent = the service operator unless a session is sent. */
  cmsWrites?: CmsWrites;
}

interface StoredClient extends ApiClient {
  digest: Buffer;
}

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The configured apps, looked up by the SHA-256 of the presented key with a constant-time comparison. */
export class ApiClientRegistry {
  private readonly recognised = new Map<string, ApiClient>();

  private constructor(private readonly clients: StoredClient[]) {}

  static fromConfig(json: string | undefined, file: string | undefined): ApiClientRegistry {
    const text = file ? readFileSync(file, 'utf8') : json;
    if (!text) throw new ConfigValidationError(['BFF_API_KEYS or BFF_API_KEYS_FILE: no app is configured, nobody could call the BFF']);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ConfigValidationError([`${file ? 'BFF_API_KEYS_FILE' : 'BFF_API_KEYS'} is not valid JSON`]);
    }
    const list = plainToInstance(ApiClientList, { clients: parsed });
    const errors = validateSync(list);
    if (!Array.isArray(parsed) || errors.length > 0) {
      const problems = errors.flatMap((e) => (e.children ?? []).flatMap((c) => (c.children ?? []).flatMap((f) => Object.values(f.constraints ?? {}).map((m) => `BFF_API_KEYS[${c.property}].${m}`))));
      throw new ConfigValidationError(problems.length > 0 ? problems : ['BFF_API_KEYS must be a JSON array of {name, sha256, scopes, partners, rateLimit?}']);
    }
    const names = new Set<string>();
    for (const entry of list.clients) {
      if (names.has(entry.name)) throw new ConfigValidationError([`BFF_API_KEYS: duplicate app name "${entry.name}"`]);
      names.add(entry.name);
      // An admin reads every app's support records and the queues' tracker data: every partner's data.
      if (!entry.partners.includes('*') && entry.scopes.some((scope) => scope === '*' || scope === 'admin')) {
        throw new ConfigValidationError([`BFF_API_KEYS: app "${entry.name}" is limited to some partners but has scope ${entry.scopes.includes('*') ? '*' : 'admin'}, which sees every partner's data; give admin only to apps open to every partner`]);
      }
    }
    return new ApiClientRegistry(
      list.clients.map((entry) => ({
        name: entry.name,
        scopes: new Set(entry.scopes),
        partners: entry.partners.includes('*') ? undefined : new Set(entry.partners),
        ...(typeof entry.rateLimit === 'number' ? { rateLimit: entry.rateLimit } : {}), // null, like absent: the default
        ...(entry.cmsWrites === 'operator-session' ? { cmsWrites: entry.cmsWrites } : {}),
        digest: Buffer.from(entry.sha256, 'hex'),
      })),
    );
  }

  appNames(): string[] {
    return this.clients.map((client) => client.name);
  }

  /** Apps whose CMS writes need an operator session. */
  appsRequiringCmsSessions(): string[] {
    return this.clients.filter((client) => client.cmsWrites === 'operator-session').map((client) => client.name);
  }

  /** Apps configured with a rate limit of their own. */
  appsWithOwnRateLimit(): string[] {
    return this.clients.filter((client) => client.rateLimit !== undefined).map((client) => client.name);
  }

  /**
   * Compares the key's digest with every configured digest (no early exit), so timing reveals nothing. Keys that were
   * recognised once are then found by a Map lookup, whose timing follows the string's hash, not how much of a key was
   * guessed; it saves a SHA-256 and a scan on every request. Unknown keys are never remembered, so the map cannot grow
   * past the configured apps.
   */
  identify(presentedKey: string): ApiClient | undefined {
    const known = this.recognised.get(presentedKey);
    if (known) return known;
    const digest = sha256(presentedKey);
    let found: StoredClient | undefined;
    for (const client of this.clients) {
      if (timingSafeEqual(digest, client.digest) && !found) found = client;
    }
    if (!found) return undefined;
    const { digest: _digest, ...client } = found;
    this.recognised.set(presentedKey, client);
    return client;
  }
}
