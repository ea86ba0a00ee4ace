/** Active watches one app may have at once (BFF_WATCHES_PER_APP). */
export const WATCHES_PER_APP = Symbol('WATCHES_PER_APP');
