import type { AccessDeclaration } from './access-declaration.js';
import { isBodyTarget } from './object-refs.js';
import type { ObjectRef } from './object-refs.js';

const OBJECT: Record<ObjectRef['kind'], string> = {
  partner: 'partner',
  'wallet-user': 'Wallet user',
  'wallet-card': 'Wallet card',
  'wallet-transfer': 'transfer (either of its cards)',
  'wallet-settlement': 'Wallet settlement',
  'payment-link': 'payment link',
  'alternative-payment': 'alternative payment',
  subscription: 'subscription',
  'middleware-transaction': 'transaction',
  job: 'job',
  'job-target': 'upstream work to follow',
  watch: 'watch',
  'watch-target': 'object to watch',
};

function where(ref: ObjectRef): string {
  if (isBodyTarget(ref.kind)) return 'the body';
  return { param: `path \`${ref.path}\``, query: `query \`${ref.path}\``, body: `body \`${ref.path}\``, form: `form field (or query) \`${ref.path}\`` }[ref.source];
}

/** The route's access declaration in words, for its OpenAPI operation. */
export function describeAccess(access: AccessDeclaration): string {
  switch (access.kind) {
    case 'partner-of': {
      const objects = access.refs.map((ref) => `the ${OBJECT[ref.kind]} in ${where(ref)}`).join(' and ');
      const notFound = access.refs.some((ref) => ref.refusal === 'not-found');
      const defaults = access.refs.some((ref) => ref.absent !== 'required') ? ' Left out, it is the app’s partner when the app has exactly one.' : '';
      return `**Partners:** ${objects} must be of one of the app’s partners (else ${notFound ? '404' : '403'}, whether or not it exists).${defaults}`;
    }
    case 'partner-filtered-list':
      return `**Partners:** lists only the app’s partners’ items (${access.why}).`;
    case 'own-records':
      return `**Partners:** ${access.why}.`;
    case 'not-partner-data':
      return `**Partners:** any app; not partner data (${access.why}).`;
    case 'all-partners-only':
      return `**Partners:** only apps open to every partner (${access.why}).`;
  }
}
