/** The four Migo surfaces the BFF talks to. */
export type UpstreamName = 'wallet' | 'cms' | 'middleware' | 'migration';

export const UPSTREAM_NAMES: readonly UpstreamName[] = ['wallet', 'cms', 'middleware', 'migration'];
