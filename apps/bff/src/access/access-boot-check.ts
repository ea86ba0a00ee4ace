import type { CatalogRoute } from '../openapi/route-catalog.js';
import { FormAccessInterceptor } from './form-access.interceptor.js';

/**
 * What is wrong with the routes' access declarations, one line per problem; empty when every route is declared and
 * every declaration can be enforced. The BFF does not start otherwise (like a job system that will not boot with a job
 * nobody handles): a route nobody declared would be refused to every app at run time anyway, but this finds it first.
 */
export function accessDeclarationProblems(routes: readonly CatalogRoute[]): string[] {
  const problems: string[] = [];
  for (const route of routes) {
    const name = `${route.method} ${route.path} (${route.operationId})`;
    // A form the documentation and the access checks do not know of: declared with @Upload, it is both.
    if (route.takesFiles && !route.upload) problems.push(`${name}: takes uploaded files but has no @Upload (it installs the file interceptor and documents the form)`);
    if (route.isPublic) continue;
    const access = route.access;
    if (!access) {
      problems.push(`${name}: no access declaration; add @PartnerOf, @PartnerFilteredList, @OwnRecords, @NotPartnerData or @AllPartnersOnly`);
      continue;
    }
    if (access.kind !== 'partner-of') continue;
    for (const ref of access.refs) {
      if (ref.source === 'param' && !new RegExp(`:${ref.path}(\\(|/|$)`).test(route.path)) problems.push(`${name}: @PartnerOf reads path parameter "${ref.path}", which the path does not have`);
      if (ref.source === 'form') {
        const fileAt = route.upload ? route.interceptors.indexOf(route.upload.interceptor) : -1;
        const checkAt = route.interceptors.indexOf(FormAccessInterceptor);
        if (fileAt < 0) problems.push(`${name}: @PartnerOf reads form field "${ref.path}" but the route parses no multipart form (no @Upload)`);
        else if (checkAt < fileAt) problems.push(`${name}: @PartnerOf must sit above @Upload, so the form is parsed before its fields are checked`);
      }
    }
  }
  return problems;
}

export function assertAccessDeclared(routes: readonly CatalogRoute[]): void {
  const problems = accessDeclarationProblems(routes);
  if (problems.length > 0) throw new Error(`Refusing to start: routes without a usable access declaration:\n- ${problems.join('\n- ')}`);
}
